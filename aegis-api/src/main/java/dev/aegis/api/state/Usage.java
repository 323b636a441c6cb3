package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.math.BigDecimal;

/**
 * Tokens and cost, accumulated over a run.
 *
 * @param cost in the currency the deployment prices in; zero when nobody priced the call
 */
@API(status = API.Status.STABLE)
public record Usage(long inputTokens, long outputTokens, BigDecimal cost) {

    public static final Usage ZERO = new Usage(0, 0, BigDecimal.ZERO);

    public Usage {
        requireNonNull(cost, "cost");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    public static Usage ofTokens(long inputTokens, long outputTokens) {
        return new Usage(inputTokens, outputTokens, BigDecimal.ZERO);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, cost.add(other.cost));
    }
}

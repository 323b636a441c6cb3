package dev.aegis.pack.budgets.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** What one million input and output tokens cost. */
public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Price {
        requireNonNull(inputPerMillion, "inputPerMillion");
        requireNonNull(outputPerMillion, "outputPerMillion");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** Exact in decimal, rounded up to the nano-unit once for the whole call. */
    public Money cost(long inputTokens, long outputTokens) {
        BigDecimal total = inputPerMillion.multiply(BigDecimal.valueOf(inputTokens))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(outputTokens)));
        return Money.of(total.divide(MILLION));
    }
}

package dev.aegis.client.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a run consumed: tokens, and its cost in the gateway's configured currency. */
public record RunUsage(long promptTokens, long completionTokens, long totalTokens, BigDecimal cost) {

    public RunUsage {
        Objects.requireNonNull(cost, "cost");
    }
}

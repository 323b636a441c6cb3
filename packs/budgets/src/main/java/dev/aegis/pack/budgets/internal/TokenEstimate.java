package dev.aegis.pack.budgets.internal;

/**
 * The most tokens a request is assumed to use.
 *
 * @param outputParameter the request parameter that bounds the output: the one the client used,
 *     else {@code max_tokens}
 * @param clientBound whether the client's own bound is already at most {@link #outputTokens}
 */
public record TokenEstimate(long inputTokens, long outputTokens, String outputParameter, boolean clientBound) {

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}

package dev.aegis.client.error;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests, or a budget or rate limit reached; retried before it is thrown. */
public class RateLimitException extends AegisException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitException(String type, String code, String message, Optional<String> param, String body, Optional<Duration> retryAfter) {
        super(429, type, code, message, param, body);
        this.retryAfter = retryAfter.orElse(null);
    }

    /** How long the gateway asked to wait ({@code retry-after}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package dev.aegis.client.error;

import java.time.Duration;
import java.util.Optional;

/** 503: the gateway cannot serve the request now (e.g. {@code audit_unavailable}); retried before it is thrown. */
public class ServiceUnavailableException extends InternalServerException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServiceUnavailableException(String type, String code, String message, Optional<String> param, String body, Optional<Duration> retryAfter) {
        super(503, type, code, message, param, body);
        this.retryAfter = retryAfter.orElse(null);
    }

    /** How long the gateway asked to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

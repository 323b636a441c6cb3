package dev.aegis.client.model;

import java.util.Objects;

/** Why a failed run failed, e.g. a provider that could not be reached. */
public record RunFailure(String code, String message) {

    public RunFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

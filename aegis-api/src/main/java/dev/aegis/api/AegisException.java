package dev.aegis.api;

import static java.util.Objects.requireNonNull;

/**
 * An error with a stable, machine-readable code ({@code snake_case}). Interfaces map codes to
 * statuses and OpenAI-style error bodies; messages are for humans and never carry secrets.
 */
@API(status = API.Status.STABLE)
public class AegisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public AegisException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code");
    }

    public AegisException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}

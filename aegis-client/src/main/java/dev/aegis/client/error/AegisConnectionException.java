package dev.aegis.client.error;

import java.util.Optional;

/** No answer: the gateway could not be reached, or the connection broke. Status 0, code {@code connection_error}. */
public class AegisConnectionException extends AegisException {

    private static final long serialVersionUID = 1L;

    public AegisConnectionException(String message, Throwable cause) {
        this("connection_error", message, cause);
    }

    protected AegisConnectionException(String code, String message, Throwable cause) {
        super(0, "connection_error", code, message, Optional.empty(), "", cause);
    }
}

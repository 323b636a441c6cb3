package dev.aegis.client.error;

/** No answer within the timeout (code {@code timeout}); also what {@code approvals().waitFor(..)} throws when nothing came. */
public class AegisTimeoutException extends AegisConnectionException {

    private static final long serialVersionUID = 1L;

    public AegisTimeoutException(String message, Throwable cause) {
        super("timeout", message, cause);
    }
}

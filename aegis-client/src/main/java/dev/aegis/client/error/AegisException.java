package dev.aegis.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * An error the gateway answered, in its OpenAI-style body {@code {"error": {"message", "type", "code",
 * "param"}}}: the HTTP status, the stable {@code code} to branch on, and the raw body. Subclasses name
 * the statuses a caller handles differently; {@link #of} picks the right one.
 */
public class AegisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final String body;

    public AegisException(int status, String type, String code, String message, Optional<String> param, String body) {
        this(status, type, code, message, param, body, null);
    }

    protected AegisException(int status, String type, String code, String message, Optional<String> param, String body, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param.orElse(null);
        this.body = body;
    }

    /** The exception class for {@code status}; {@code retryAfter} only matters for 429. */
    public static AegisException of(int status, String type, String code, String message, Optional<String> param, String body,
            Optional<Duration> retryAfter) {
        return switch (status) {
            case 400 -> new BadRequestException(type, code, message, param, body);
            case 401 -> new AuthenticationException(type, code, message, param, body);
            case 403 -> new PermissionDeniedException(type, code, message, param, body);
            case 404 -> new NotFoundException(type, code, message, param, body);
            case 409 -> new ConflictException(type, code, message, param, body);
            case 422 -> new UnprocessableException(type, code, message, param, body);
            case 429 -> new RateLimitException(type, code, message, param, body, retryAfter);
            case 503 -> new ServiceUnavailableException(type, code, message, param, body, retryAfter);
            default -> status >= 500
                    ? new InternalServerException(status, type, code, message, param, body)
                    : new AegisException(status, type, code, message, param, body);
        };
    }

    /** The HTTP status; 0 when no answer was received ({@link AegisConnectionException}). */
    public int status() {
        return status;
    }

    /** The error's type, e.g. {@code invalid_request_error}, {@code permission_error}. */
    public String type() {
        return type;
    }

    /** The stable code, e.g. {@code approval_separation}, {@code run_not_paused}. */
    public String code() {
        return code;
    }

    /** The request field or id the error is about, when it names one. */
    public Optional<String> param() {
        return Optional.ofNullable(param);
    }

    /** The response body as received (empty when there was none). */
    public String body() {
        return body;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + status + " " + code + "): " + getMessage();
    }
}

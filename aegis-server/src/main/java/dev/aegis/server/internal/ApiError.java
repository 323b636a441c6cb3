package dev.aegis.server.internal;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.AegisException;
import java.util.Optional;

/**
 * An error answered in OpenAI's shape: {@code {"error": {"message", "type", "code", "param"}}}.
 * Messages are for humans and never carry secrets or request content.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String code;
    private final transient Optional<String> param;

    public ApiError(int status, String type, String code, String message, Optional<String> param) {
        super(message, null, false, false);
        this.status = status;
        this.type = requireNonNull(type, "type");
        this.code = requireNonNull(code, "code");
        this.param = requireNonNull(param, "param");
    }

    /** 503 {@code audit_unavailable}: the run ended but is not acknowledged, as it could not be recorded. */
    public static ApiError unrecorded(dev.aegis.runtime.RunNotRecordedException error) {
        return new ApiError(503, "service_unavailable", error.code(), "The run " + error.result().state().runId()
                + " finished but could not be recorded in the audit log; it is not acknowledged.", Optional.empty());
    }

    /** What a resource's refusal ({@code forbidden}, {@code not_found}, {@code invalid_request}) answers, whatever carries it. */
    public static ApiError refusal(AegisException refused) {
        int status = switch (refused.code()) {
            case "forbidden" -> 403;
            case "not_found" -> 404;
            case "invalid_request" -> 400;
            default -> 500;
        };
        return new ApiError(status, status == 500 ? "server_error" : "invalid_request_error", refused.code(), refused.getMessage(), Optional.empty());
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, "invalid_request_error", code, message, Optional.empty());
    }

    public static ApiError badRequest(String code, String message, String param) {
        return new ApiError(400, "invalid_request_error", code, message, Optional.of(param));
    }

    public static ApiError unauthorized() {
        return new ApiError(401, "authentication_error", "invalid_api_key",
                "Missing or invalid credentials. Send 'Authorization: Bearer <key>'.", Optional.empty());
    }

    public static ApiError forbidden(String code, String message) {
        return new ApiError(403, "permission_error", code, message, Optional.empty());
    }

    public static ApiError notFound(String code, String message) {
        return new ApiError(404, "not_found_error", code, message, Optional.empty());
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "invalid_request_error", "request_too_large",
                "The request body is larger than the " + limit + " bytes this gateway accepts.", Optional.empty());
    }

    public static ApiError unsupportedMediaType() {
        return new ApiError(415, "invalid_request_error", "unsupported_media_type", "Send the body as application/json.", Optional.empty());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public Optional<String> param() {
        return param;
    }
}

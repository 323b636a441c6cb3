package dev.aegis.server.internal;

import io.helidon.common.buffers.DataReader;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the server itself answers, in OpenAI's body shape: an unknown path (404), what a
 * handler did not expect (500), and what Helidon refuses before routing (a malformed request line
 * or header 400, a body over the backstop 413, a request line too long 414, HTTP/2 without upgrade
 * 505). A bad request never logs a stack trace; an unexpected failure logs one line, the trace at FINE.
 */
public final class ServerErrors {

    private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());

    private ServerErrors() {}

    /** Answers whatever a route or filter throws and did not answer itself, unknown paths included. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(Throwable.class, ServerErrors::routed);
    }

    /** Answers what Helidon refuses before a request reaches routing. */
    public static DirectHandlers direct() {
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, ServerErrors::direct);
        }
        return handlers.build();
    }

    private static void routed(ServerRequest request, ServerResponse response, Throwable error) {
        ApiError answer;
        if (error instanceof ApiError api) {
            answer = api;
        } else if (error instanceof HttpException http) {
            answer = ofStatus(http.status().code());
        } else if (clientGone(error)) {
            LOG.log(Level.FINE, "the client of " + request.prologue().method().text() + " " + request.path().path() + " went away", error);
            answer = ApiError.badRequest("incomplete_body", "The request ended before its body did.");
        } else {
            LOG.warning(() -> request.prologue().method().text() + " " + request.path().path() + " failed: " + error.getClass().getName() + where(error));
            LOG.log(Level.FINE, "unexpected failure", error);
            answer = ofStatus(500);
        }
        try {
            Responses.error(response, answer);
        } catch (RuntimeException unsent) {
            LOG.log(Level.FINE, "the error response could not be sent", unsent);
        }
    }

    private static DirectHandler.TransportResponse direct(DirectHandler.TransportRequest request, DirectHandler.EventType type, Status status,
            ServerResponseHeaders headers, String message) {
        // Helidon's message may quote the malformed request back; ours never does
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .keepAlive(type.keepAlive() && status.code() < 500)
                .entity(Json.error(ofStatus(status.code())))
                .build();
    }

    /** The error for a status the server answers without a handler's own message. */
    static ApiError ofStatus(int status) {
        return switch (status) {
            case 400 -> ApiError.badRequest("bad_request", "The request is not valid HTTP/1.1 (request line, headers or body framing).");
            case 404 -> ApiError.notFound("not_found", "No such endpoint; see GET /openapi.json for the API.");
            case 405 -> new ApiError(405, "invalid_request_error", "method_not_allowed", "This endpoint does not accept that method.", Optional.empty());
            case 413 -> new ApiError(413, "invalid_request_error", "request_too_large", "The request is larger than this gateway accepts.",
                    Optional.empty());
            case 414 -> new ApiError(414, "invalid_request_error", "uri_too_long", "The request line is longer than this gateway accepts.",
                    Optional.empty());
            case 431 -> new ApiError(431, "invalid_request_error", "headers_too_large", "The request headers are larger than this gateway accepts.",
                    Optional.empty());
            case 505 -> new ApiError(505, "invalid_request_error", "http_version_not_supported", "Send HTTP/1.1 (or HTTP/1.0).", Optional.empty());
            case 500 -> new ApiError(500, "server_error", "internal_error", "The gateway failed unexpectedly; the failure is logged.", Optional.empty());
            default -> new ApiError(status, status >= 500 ? "server_error" : "invalid_request_error", "http_" + status,
                    "The request could not be served (HTTP " + status + ").", Optional.empty());
        };
    }

    // The client closed the connection or stopped sending mid-body: nobody is left to answer.
    private static boolean clientGone(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataReader.InsufficientDataAvailableException || cause instanceof UncheckedIOException
                    || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String where(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
    }
}

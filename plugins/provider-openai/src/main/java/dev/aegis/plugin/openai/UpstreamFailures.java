package dev.aegis.plugin.openai;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import io.helidon.webclient.api.RuntimeUnknownHostException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

/** Turns HTTP statuses and I/O failures into the failure kinds the runtime retries or falls back on. */
final class UpstreamFailures {

    static final int NO_STATUS = -1;

    private UpstreamFailures() {}

    static Failure forStatus(int status) {
        return switch (status) {
            case 429 -> Failure.RATE_LIMITED;
            case 502, 503, 504 -> Failure.UNAVAILABLE;
            case 400, 401, 403, 404, 409, 413, 422 -> Failure.REJECTED;
            default -> Failure.FAILED;
        };
    }

    /** @param detail the upstream's own error message, already scrubbed and truncated */
    static ProviderException ofStatus(int status, Optional<String> detail) {
        String message = "upstream answered HTTP " + status + detail.map(text -> ": " + text).orElse("");
        return new ProviderException(forStatus(status), status, message, null);
    }

    /**
     * A failure before any response arrived: connecting, sending, or waiting for the status line. The
     * message reaches clients, so it never names the upstream's address; the cause (kept for the
     * server's log) does.
     */
    static ProviderException beforeResponse(Throwable failure) {
        if (has(failure, ConnectException.class) || has(failure, UnknownHostException.class)
                || has(failure, RuntimeUnknownHostException.class) || has(failure, NoRouteToHostException.class)) {
            return new ProviderException(Failure.CONNECT, NO_STATUS, "cannot connect to the upstream", failure);
        }
        if (has(failure, SocketTimeoutException.class)) {
            return new ProviderException(Failure.TIMEOUT, NO_STATUS, "no answer from the upstream within the connect or idle timeout", failure);
        }
        return new ProviderException(Failure.FAILED, NO_STATUS, "the call to the upstream failed: " + failure.getClass().getSimpleName(), failure);
    }

    /** A failure while reading a response body; for a stream, anything but a timeout is a cut. */
    static ProviderException whileReading(Throwable failure, int status, boolean streaming) {
        if (has(failure, SocketTimeoutException.class)) {
            return new ProviderException(Failure.TIMEOUT, status, "upstream sent nothing within the idle timeout", failure);
        }
        String message = streaming ? "stream ended before [DONE]" : "upstream response was cut: " + failure.getClass().getSimpleName();
        return new ProviderException(Failure.FAILED, status, message, failure);
    }

    /** The upstream took the request and went silent: sending it again could run it twice. */
    static boolean isTimeout(Throwable failure) {
        return has(failure, SocketTimeoutException.class);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

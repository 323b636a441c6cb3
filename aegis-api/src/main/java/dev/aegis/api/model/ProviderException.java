package dev.aegis.api.model;

import dev.aegis.api.API;
import dev.aegis.api.AegisException;
import java.util.OptionalInt;

/**
 * A provider call failed. The failure kind decides what the runtime may do: retry and fall back
 * only before the first byte and only on {@link Failure#isRetryable() retryable} failures.
 */
@API(status = API.Status.STABLE)
public class ProviderException extends AegisException {

    private static final long serialVersionUID = 1L;

    private final Failure failure;
    private final int upstreamStatus;

    public ProviderException(Failure failure, String message) {
        this(failure, -1, message, null);
    }

    public ProviderException(Failure failure, int upstreamStatus, String message, Throwable cause) {
        super(failure.code(), message, cause);
        this.failure = failure;
        this.upstreamStatus = upstreamStatus;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status the upstream answered with, when there was one. */
    public OptionalInt upstreamStatus() {
        return upstreamStatus < 0 ? OptionalInt.empty() : OptionalInt.of(upstreamStatus);
    }

    @API(status = API.Status.STABLE)
    public enum Failure {
        /** No connection could be made. */
        CONNECT("upstream_unreachable", true),
        /** No byte arrived within the connect or idle timeout. */
        TIMEOUT("upstream_timeout", false),
        /** The upstream is rate-limiting (HTTP 429). */
        RATE_LIMITED("upstream_rate_limited", true),
        /** The upstream failed (HTTP 502, 503, 504). */
        UNAVAILABLE("upstream_unavailable", true),
        /** The upstream rejected the request as malformed; retrying cannot help. */
        REJECTED("upstream_rejected", false),
        /** Any other upstream error, including a stream cut mid-way. */
        FAILED("upstream_error", false),
        /** The provider does not offer the operation, e.g. embeddings. */
        UNSUPPORTED("operation_unsupported", false);

        private final String code;
        private final boolean retryable;

        Failure(String code, boolean retryable) {
            this.code = code;
            this.retryable = retryable;
        }

        public String code() {
            return code;
        }

        public boolean isRetryable() {
            return retryable;
        }
    }
}

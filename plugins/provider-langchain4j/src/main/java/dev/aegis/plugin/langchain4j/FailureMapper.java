package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.anthropic.internal.api.AnthropicStreamingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.OptionalInt;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Classifies what LangChain4j (and the AWS SDK under it) throws into {@link Failure} kinds, by the
 * upstream's HTTP status when there is one, otherwise by the exception types in the cause chain.
 * Messages name the vendor and are scrubbed of credentials.
 */
final class FailureMapper {

    private static final int MAX_DETAIL = 300;

    private final String vendor;
    private final SecretRedactor redactor;

    FailureMapper(String vendor, SecretRedactor redactor) {
        this.vendor = vendor;
        this.redactor = redactor;
    }

    ProviderException map(Throwable error) {
        if (error instanceof ProviderException known) {
            return known;
        }
        OptionalInt status = status(error);
        Failure failure = status.isPresent() ? byStatus(status.getAsInt()) : byType(error);
        String message = vendor + (status.isPresent() ? " answered HTTP " + status.getAsInt() : " call failed") + ": " + detail(error);
        // the cause is kept for the stack trace unless some message in it holds a credential
        Throwable cause = redactor.leaks(error) ? null : error;
        return new ProviderException(failure, status.orElse(-1), message, cause);
    }

    static Failure byStatus(int status) {
        if (status == 429) {
            return Failure.RATE_LIMITED;
        }
        // 529 is Anthropic's "overloaded"
        if (status == 502 || status == 503 || status == 504 || status == 529) {
            return Failure.UNAVAILABLE;
        }
        if (status == 408) {
            return Failure.TIMEOUT;
        }
        return status >= 400 && status < 500 ? Failure.REJECTED : Failure.FAILED;
    }

    private static Failure byType(Throwable error) {
        if (anyInChain(error, HttpTimeoutException.class, SocketTimeoutException.class, java.util.concurrent.TimeoutException.class,
                dev.langchain4j.exception.TimeoutException.class, ApiCallTimeoutException.class, ApiCallAttemptTimeoutException.class)) {
            return Failure.TIMEOUT;
        }
        if (anyInChain(error, ConnectException.class, UnresolvedAddressException.class, UnknownHostException.class,
                NoRouteToHostException.class, UnresolvedModelServerException.class)) {
            return Failure.CONNECT;
        }
        if (anyInChain(error, RateLimitException.class)) {
            return Failure.RATE_LIMITED;
        }
        if (anyInChain(error, InvalidRequestException.class, AuthenticationException.class, ModelNotFoundException.class,
                UnsupportedFeatureException.class)) {
            return Failure.REJECTED;
        }
        if (error instanceof AnthropicStreamingException streamed) {
            return switch (String.valueOf(streamed.type())) {
                case "overloaded_error" -> Failure.UNAVAILABLE;
                case "rate_limit_error" -> Failure.RATE_LIMITED;
                case "invalid_request_error", "authentication_error", "permission_error", "not_found_error" -> Failure.REJECTED;
                default -> Failure.FAILED;
            };
        }
        return Failure.FAILED;
    }

    private static OptionalInt status(Throwable error) {
        for (Throwable at : Causes.of(error)) {
            if (at instanceof HttpException http) {
                return OptionalInt.of(http.statusCode());
            }
            if (at instanceof SdkServiceException aws && aws.statusCode() > 0) {
                return OptionalInt.of(aws.statusCode());
            }
        }
        return OptionalInt.empty();
    }

    @SafeVarargs
    private static boolean anyInChain(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable at : Causes.of(error)) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String detail(Throwable error) {
        Throwable deepest = error;
        for (Throwable at : Causes.of(error)) {
            if (at.getMessage() != null && !at.getMessage().isBlank()) {
                deepest = at;
            }
        }
        String text = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage().strip();
        String redacted = redactor.redact(text).replaceAll("\\s+", " ");
        return redacted.length() > MAX_DETAIL ? redacted.substring(0, MAX_DETAIL) + "…" : redacted;
    }
}

package dev.aegis.server.internal;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Halt;
import dev.aegis.runtime.RunResult;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a run that did not complete means for a client: status, type and code. */
public final class Outcomes {

    public static final String GUARD_BLOCKED = "guard_blocked";

    // a URL with a scheme, or an IPv4 or bracketed IPv6 address with an optional port
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"'<>]+|\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b|\\[[0-9a-fA-F:.]+\\](?::\\d+)?");

    private Outcomes() {}

    /** The error for a refused, paused or failed run. */
    public static ApiError errorOf(RunResult result) {
        return switch (result.status()) {
            case REFUSED -> refused((Halt.Refused) result.halt().orElseThrow());
            case PAUSED -> new ApiError(409, "approval_required", "approval_required",
                    "The request needs approval: " + result.halt().orElseThrow().reason() + ". Run " + result.state().runId()
                            + " is waiting; see GET /v1/runs/" + result.state().runId() + ".",
                    Optional.of(result.state().runId()));
            case FAILED -> upstream(result.failure().orElseThrow());
            case COMPLETED -> throw new IllegalArgumentException("a completed run is not an error");
        };
    }

    static ApiError refused(Halt.Refused refused) {
        if (refused.code().equals(GUARD_BLOCKED)) {
            // The code names the guard, so clients can tell their policies apart.
            return new ApiError(422, "guardrail_refusal", guardName(refused.source()), refused.reason(), Optional.of(refused.source()));
        }
        return switch (refused.kind()) {
            case POLICY -> new ApiError(422, "policy_refusal", refused.code(), refused.reason(), Optional.of(refused.source()));
            case LIMIT -> new ApiError(429, "rate_limit_error", refused.code(), refused.reason()
                    + refused.retryAt().map(at -> " Resets at " + at + ".").orElse(""), Optional.of(refused.source()));
            case UNAVAILABLE -> new ApiError(503, "service_unavailable", refused.code(), refused.reason(), Optional.of(refused.source()));
        };
    }

    static ApiError upstream(ProviderException failure) {
        int upstream = failure.upstreamStatus().orElse(-1);
        int status = switch (failure.failure()) {
            case TIMEOUT -> 504;
            case RATE_LIMITED -> 429;
            case REJECTED -> upstream == 400 || upstream == 404 || upstream == 413 || upstream == 422 ? 400 : 502;
            case UNSUPPORTED -> 400;
            case CONNECT, UNAVAILABLE, FAILED -> 502;
        };
        String type = status == 400 ? "invalid_request_error" : status == 429 ? "rate_limit_error" : "upstream_error";
        return new ApiError(status, type, failure.code(), withoutAddresses(failure.getMessage()), Optional.empty());
    }

    /**
     * A provider's failure message as a client may read it: URLs and IP addresses (where a provider
     * is, which may be an internal host) become {@code <upstream>}. Providers should not put them in
     * their messages; this holds when one does.
     */
    public static String withoutAddresses(String message) {
        if (message == null || message.isEmpty()) {
            return "the upstream call failed";
        }
        return ADDRESS.matcher(message).replaceAll("<upstream>");
    }

    /** {@code ingress.1.house-rules} → {@code house-rules}. */
    static String guardName(String source) {
        int first = source.indexOf('.');
        int second = first < 0 ? -1 : source.indexOf('.', first + 1);
        return second < 0 ? source : source.substring(second + 1);
    }
}

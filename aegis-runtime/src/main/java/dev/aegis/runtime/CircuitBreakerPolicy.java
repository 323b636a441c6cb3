package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a provider is taken out of rotation: once at least {@code minimumCalls} of its last
 * {@code window} calls were made and {@code failureRatePercent} of them failed upstream (unreachable,
 * timed out, overloaded, rate-limited, cut), calls skip it for {@code openFor}; then a few trial
 * calls decide whether it is back. Requests the upstream rejected as malformed are not its failures.
 */
public record CircuitBreakerPolicy(int window, int minimumCalls, int failureRatePercent, Duration openFor) {

    /** 50 % of the last 20 calls (at least 10), then 30 s out. */
    public static final CircuitBreakerPolicy DEFAULT = new CircuitBreakerPolicy(20, 10, 50, Duration.ofSeconds(30));

    public CircuitBreakerPolicy {
        requireNonNull(openFor, "openFor");
        if (window < 1 || minimumCalls < 1 || failureRatePercent < 1 || failureRatePercent > 100 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("invalid circuit breaker policy: " + window + "/" + minimumCalls + "/" + failureRatePercent + "%/" + openFor);
        }
    }
}

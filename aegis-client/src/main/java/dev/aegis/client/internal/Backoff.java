package dev.aegis.client.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retry number {@code attempt} (0-based): what the gateway asked for when it
 * said, else exponential from {@code base} with full jitter, never over {@code cap}. A gateway asking
 * for more than {@code cap} gets no retry: the caller hears about it at once.
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier random) {

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Math::random);
    }

    /** The wait before the next attempt, or empty when the gateway asked for longer than the cap. */
    public Optional<Duration> delay(int attempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(cap) <= 0 ? retryAfter : Optional.empty();
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        long jittered = (long) (ceiling * (0.5 + random.getAsDouble() / 2));
        return Optional.of(Duration.ofMillis(jittered));
    }
}

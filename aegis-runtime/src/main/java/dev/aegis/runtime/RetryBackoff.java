package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the execute stage waits before retrying a provider: exponential from {@code base},
 * capped at {@code cap}, with the upper half jittered so that retries of many runs spread out.
 */
public record RetryBackoff(Duration base, Duration cap) {

    public static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofMillis(50), Duration.ofSeconds(1));

    /** Retries at once; for tests. */
    public static final RetryBackoff NONE = new RetryBackoff(Duration.ZERO, Duration.ZERO);

    public RetryBackoff {
        requireNonNull(base, "base");
        requireNonNull(cap, "cap");
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= cap, got " + base + " and " + cap);
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        if (base.isZero()) {
            return Duration.ZERO;
        }
        long ceiling = base.toNanos() << Math.min(retry - 1, 20);
        long capped = Math.min(ceiling <= 0 ? Long.MAX_VALUE : ceiling, cap.toNanos());
        long half = capped / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}

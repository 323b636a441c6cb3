package dev.aegis.plugin.mcp;

import java.time.Duration;
import java.util.Optional;

/**
 * How soon a failed server may be started again: at once after its first failure (a server that
 * crashed once is simply restarted), then after 1 s, 2 s, 4 s … up to 30 s while it keeps failing,
 * so that a crash-looping server is not restarted on every call. Not thread-safe: the connection
 * holds its start lock.
 */
final class Backoff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofSeconds(30);

    private volatile int failures;
    private long notBefore;
    private String lastFailure = "";

    void failed(String reason, long now) {
        failures++;
        lastFailure = reason;
        notBefore = now + delay(failures).toNanos();
    }

    void reset() {
        failures = 0;
        notBefore = 0;
        lastFailure = "";
    }

    int failures() {
        return failures;
    }

    /** Why no attempt may be made yet; empty when one may. */
    Optional<String> holdsBack(long now) {
        if (failures == 0 || now - notBefore >= 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, Duration.ofNanos(notBefore - now).toSeconds());
        return Optional.of(failures + " failures in a row, the last: " + lastFailure + "; next attempt in " + seconds + "s");
    }

    static Duration delay(int failures) {
        if (failures < 2) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 2, 5);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}

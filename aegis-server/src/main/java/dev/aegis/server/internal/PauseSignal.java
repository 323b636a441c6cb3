package dev.aegis.server.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the long-polling approvers ({@code GET /v1/approvals?wait=}) when a run pauses in this process,
 * so they re-read the approvals store once per pause instead of polling it. A pause on another gateway
 * sharing the store is not signalled here; waiters bound each wait by {@link #RECHECK} for that.
 */
public final class PauseSignal {

    /** How often a waiter re-reads the store for runs paused by other gateways sharing it. */
    public static final Duration RECHECK = Duration.ofSeconds(2);

    /** Waits of at most this long may be asked for. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition paused = lock.newCondition();
    private long pauses;

    /** A run paused here. */
    public void pulse() {
        lock.lock();
        try {
            pauses++;
            paused.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many pauses have been signalled; a waiter reads it before it reads the store, so no pause is missed between the two. */
    public long count() {
        lock.lock();
        try {
            return pauses;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a pause after {@code seen} is signalled or {@code timeout} has passed; false when interrupted. */
    public boolean await(long seen, Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (pauses == seen && nanos > 0) {
                nanos = paused.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Parses a wait such as {@code 30s}, {@code 500ms}, {@code 1m} or {@code 10} (seconds).
     *
     * @throws ApiError 400 {@code invalid_wait} when it is not one, or longer than {@link #MAX_WAIT}
     */
    public static Duration parseWait(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)?").matcher(text.trim());
        if (!matcher.matches()) {
            throw ApiError.badRequest("invalid_wait", "'wait' must be a duration such as 30s, 500ms or 1m, at most " + MAX_WAIT.toSeconds() + "s.", "wait");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration wait = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (wait.compareTo(MAX_WAIT) > 0) {
            throw ApiError.badRequest("invalid_wait", "'wait' may be at most " + MAX_WAIT.toSeconds() + "s.", "wait");
        }
        return wait;
    }
}

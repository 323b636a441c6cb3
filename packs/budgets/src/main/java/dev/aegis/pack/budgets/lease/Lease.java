package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Charge;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This gateway's slice of one counter's room, held in the store as a lease row: requests are
 * admitted against it by a compare-and-set, with no store I/O. {@code available} is what the lease
 * holds less the estimates of runs in flight and the real cost of runs settled (written or not): it
 * only shrinks by admissions, so admissions never exceed what the store granted.
 */
public final class Lease {

    // Far below any amount: once sealed, no admission can succeed, whatever settlements add back.
    private static final long SEALED = Long.MIN_VALUE / 4;

    private final String id;
    private final Charge counter;
    private final AtomicLong available = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Instant expiresAt = Instant.MIN;
    private volatile long lastAdmittedNanos = System.nanoTime();

    public Lease(String id, Charge counter) {
        this.id = id;
        this.counter = counter;
    }

    /** Takes {@code amount} when the lease has it, atomically; false leaves the lease as it was. */
    public boolean tryDebit(long amount) {
        for (long now = available.get(); now >= amount; now = available.get()) {
            if (available.compareAndSet(now, now - amount)) {
                inFlight.incrementAndGet();
                lastAdmittedNanos = System.nanoTime();
                return true;
            }
        }
        return false;
    }

    /** Gives back a debit that was not used after all (another charge of the request did not fit). */
    public void undo(long amount) {
        available.addAndGet(amount);
        inFlight.decrementAndGet();
    }

    /** A run ended: what was held beyond its real cost is available again (a miss above it is taken). */
    public void settle(long estimate, long actual) {
        available.addAndGet(estimate - actual);
        inFlight.decrementAndGet();
    }

    /** A run whose end was never heard: its estimate stays taken, so nothing it may have spent is reused. */
    public void abandon() {
        inFlight.decrementAndGet();
    }

    /** The store added {@code amount} to the lease (and kept it alive until {@code until}). */
    public void grant(long amount, Instant until) {
        available.addAndGet(amount);
        expiresAt = until;
    }

    /** Stops all further admissions; what was available, to give back to the store. */
    public long seal() {
        long before = available.getAndSet(SEALED);
        return Math.max(0, before);
    }

    public boolean sealed() {
        return available.get() < SEALED / 2;
    }

    public long available() {
        return Math.max(0, available.get());
    }

    public int inFlight() {
        return inFlight.get();
    }

    public long idleNanos(long nowNanos) {
        return nowNanos - lastAdmittedNanos;
    }

    public String id() {
        return id;
    }

    /** The counter this lease is on (its amount is meaningless here). */
    public Charge counter() {
        return counter;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}

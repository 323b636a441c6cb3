package dev.aegis.pack.budgets.lease;

import java.time.Instant;

/**
 * What the keeper does for each lease every tick: return it when its window ended, or when it has
 * been idle with no run in flight; renew it before it lapses; refill it below its low-water mark so
 * requests rarely wait on the store. Store I/O for a lease happens under its counter's lock (the
 * lease's arithmetic and the request path's exactness argument rely on that); a busy lock is
 * skipped until the next tick rather than waited for, except to return a lease.
 */
final class LeaseTending {

    // An idle lease holds room other gateways may need: returned after this many horizons (10 s at least).
    private static final int IDLE_HORIZONS = 5;
    private static final long MIN_IDLE_NANOS = 10_000_000_000L;

    private final LeaseBook book;
    private final Runnable flush;

    LeaseTending(LeaseBook book, Runnable flush) {
        this.book = book;
        this.flush = flush;
    }

    void tend(Instant now) {
        tend(now, System.nanoTime());
    }

    /** With the monotonic time that rates and idleness are measured by given, for tests. */
    void tend(Instant now, long nowNanos) {
        long idleNanos = Math.max(MIN_IDLE_NANOS, IDLE_HORIZONS * book.sizer().horizon().toNanos());
        for (CounterSlot slot : book.slots()) {
            double rate = slot.sampleRate(nowNanos);
            Lease lease = slot.lease();
            if (!now.isBefore(slot.counter.resetsAt())) {
                // the window is over: no request charges this counter any more
                retire(slot, now);
                book.forget(slot);
            } else if (lease == null) {
                continue;
            } else if (lease.inFlight() == 0 && lease.idleNanos(nowNanos) > idleNanos) {
                retire(slot, now);
            } else if (lease.expiresAt().isBefore(now.plus(book.leaseTtl().dividedBy(2)))) {
                refillIfFree(slot, lease.available() < book.sizer().lowWater(slot.step(), rate) ? slot.step() : 0, now);
            } else if (rate > 0 && !slot.exact() && lease.available() < book.sizer().lowWater(slot.step(), rate)) {
                refillIfFree(slot, slot.step(), now);
            }
        }
    }

    /** Returns every lease (a shutdown). */
    void returnAll(Instant now) {
        book.slots().forEach(slot -> retire(slot, now));
    }

    private void retire(CounterSlot slot, Instant now) {
        slot.lock.lock();
        try {
            Lease lease = slot.lease();
            if (lease != null) {
                book.retire(slot, lease, now, flush);
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private void refillIfFree(CounterSlot slot, long step, Instant now) {
        if (!slot.lock.tryLock()) {
            return;
        }
        try {
            if (slot.lease() != null) {
                book.refill(slot, step, now);
            }
        } finally {
            slot.lock.unlock();
        }
    }
}

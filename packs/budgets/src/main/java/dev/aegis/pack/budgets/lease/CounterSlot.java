package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Charge;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This gateway's state for one limited counter: its current lease (if any), the lock that
 * serializes everything that waits on the store for it (taking or refilling the lease, the exact
 * path, refusing), and the observed admission rate that sizes the next lease.
 */
final class CounterSlot {

    // A lock rather than synchronized: waiting virtual threads then release their carrier.
    final ReentrantLock lock = new ReentrantLock();
    final Charge counter;
    private final LongAdder admitted = new LongAdder();
    private volatile Lease lease;
    private volatile long exactUntilNanos;
    private volatile long step = 1;
    private volatile double ratePerSecond; // written by the keeper, read by requests that refill
    private long sampledAtNanos = System.nanoTime();

    CounterSlot(Charge counter) {
        this.counter = counter;
    }

    Lease lease() {
        return lease;
    }

    void install(Lease next) {
        lease = next;
    }

    /** Forgets the lease, if it is still this one. */
    void remove(Lease old) {
        if (lease == old) {
            lease = null;
        }
    }

    /** The store found too little room for a lease: serve this counter exactly for a while. */
    void exactFor(long nanos) {
        exactUntilNanos = System.nanoTime() + nanos;
    }

    boolean exact() {
        return System.nanoTime() - exactUntilNanos < 0;
    }

    void admitted(long amount) {
        admitted.add(amount);
        if (amount > 0) {
            step = amount;
        }
    }

    /** What one request charges here, lately: leases are granted in multiples of it. */
    long step() {
        return step;
    }

    /** Updates the admission rate (amount per second) from what was admitted since the last sample; by the keeper only. */
    double sampleRate(long nowNanos) {
        double seconds = (nowNanos - sampledAtNanos) / 1e9;
        if (seconds >= 0.05) {
            double sample = admitted.sumThenReset() / seconds;
            ratePerSecond = ratePerSecond == 0 ? sample : 0.7 * ratePerSecond + 0.3 * sample;
            sampledAtNanos = nowNanos;
        }
        return ratePerSecond;
    }

    double ratePerSecond() {
        return ratePerSecond;
    }
}

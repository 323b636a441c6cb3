package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one background thread of a leasing node: it writes ended runs in batches (group commit: one
 * transaction for up to {@value #BATCH} runs, whose settled runs are summed into a row per team, key
 * and model: {@link BatchTotals}) and tends the leases ({@link LeaseTending}): refills
 * them ahead of need, renews them before they lapse, returns idle ones and those of ended windows.
 * {@link #close} writes what is pending and returns every lease.
 */
public final class LeaseKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());
    private static final int BATCH = 256;
    private static final long WAIT_MILLIS = 20;
    private static final long TEND_EVERY_NANOS = Duration.ofMillis(100).toNanos();
    private static final long BACK_OFF_MILLIS = 500;

    private final BudgetStore store;
    private final LeaseTending tending;
    private final Clock clock;
    private final BlockingQueue<LeasedOutcome> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final List<LeasedOutcome> unwritten = new ArrayList<>();
    // a batch that failed stays in unwritten: the keeper retries it even when nothing new arrives
    private volatile boolean unwrittenLeft;
    private final Thread thread;
    private volatile boolean running = true;

    public LeaseKeeper(LeaseBook book, BudgetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.tending = new LeaseTending(book, this::flush);
        this.thread = Thread.ofVirtual().name("aegis-budgets-leases").start(this::run);
    }

    /** Queues an ended run for the next group commit. */
    public void submit(LeasedOutcome outcome) {
        queue.add(outcome);
    }

    /** Writes every run submitted so far, now, on the caller's thread. */
    public void flush() {
        writing.lock();
        try {
            queue.drainTo(unwritten);
            while (!unwritten.isEmpty()) {
                List<LeasedOutcome> batch = unwritten.subList(0, Math.min(BATCH, unwritten.size()));
                store.record(BatchTotals.of(batch));
                batch.clear();
            }
        } finally {
            unwrittenLeft = !unwritten.isEmpty();
            writing.unlock();
        }
    }

    /** Writes what is pending and returns every lease: what a clean shutdown owes the other gateways. */
    @Override
    public void close() {
        stop();
        flush();
        tending.returnAll(clock.instant());
    }

    /** Stops the thread and forgets everything unwritten, as a crash would: for tests of crash recovery. */
    public void halt() {
        stop();
        queue.clear();
        unwritten.clear();
    }

    /** Returns every lease now (after writing what is pending); admissions take new ones as needed. */
    public void returnAll() {
        flush();
        tending.returnAll(clock.instant());
    }

    private void stop() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean attempt(Runnable work, String what) {
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            // the store is unreachable: keep what is unwritten and try again
            LOG.log(Level.WARNING, "budgets: " + what + " failed; retrying", e);
            return false;
        }
    }

    private void run() {
        long tendedAt = System.nanoTime();
        while (running) {
            try {
                // Sleeps rather than waits on the queue: an outcome taken off the queue outside
                // flush() would be invisible to a flush() on another thread (a late settlement that
                // must find its run's row written), so only flush() ever takes from the queue.
                Thread.sleep(WAIT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            // each on its own: settlements that cannot be written must not stop leases being renewed
            // (a renewed lease still holds what its unwritten runs spent)
            boolean failed = (!queue.isEmpty() || unwrittenLeft) && !attempt(this::flush, "writing settlements");
            if (System.nanoTime() - tendedAt >= TEND_EVERY_NANOS) {
                tendedAt = System.nanoTime();
                failed |= !attempt(() -> tending.tend(clock.instant()), "tending leases");
            }
            if (failed) {
                try {
                    Thread.sleep(BACK_OFF_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}

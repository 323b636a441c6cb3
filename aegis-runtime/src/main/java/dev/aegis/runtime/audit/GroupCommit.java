package dev.aegis.runtime.audit;

import dev.aegis.api.AegisException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes submitted items in batches, one transaction each, and returns to each submitter once its
 * batch is committed. A submitter with no other submitter in flight writes its own entry on its own
 * thread: a lone request pays no hand-off to another thread and back (a park, a wake-up and a
 * context switch each way, which on a virtual machine cost more CPU than the write itself). As soon
 * as submitters overlap, the dedicated writer thread drains the queue, so batches grow with the load
 * and no request thread holds a carrier in the store's I/O (a native call pins it: with two
 * carriers, one stuck in an fsync would halve the gateway).
 */
final class GroupCommit implements AutoCloseable {

    /** Writes one batch in one transaction, all or nothing. */
    interface BatchWriter {
        void write(List<Object> batch) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    private static final int BATCH = 512;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BatchWriter writer;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Thread flusher;
    private volatile boolean closed;

    GroupCommit(BatchWriter writer) {
        this.writer = writer;
        this.flusher = Thread.ofPlatform().daemon().name("aegis-audit").start(this::flushLoop);
    }

    void submit(Object item) {
        Pending pending = new Pending(item, new CompletableFuture<>());
        boolean alone = inFlight.incrementAndGet() == 1;
        try {
            queue.add(pending);
            if (closed && queue.remove(pending)) {
                // closed (before or meanwhile): nobody would write it
                throw new AegisException("audit_unavailable", "the audit log is closed");
            }
            if (alone && writing.tryLock()) {
                try {
                    writeQueued();
                } finally {
                    writing.unlock();
                }
            }
            // whoever wrote last may have missed items queued while it held the lock: the flusher takes them
            if (!queue.isEmpty()) {
                LockSupport.unpark(flusher);
            }
            await(pending);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    // Untimed: a timed park of a virtual thread arms and cancels a timer on every request, and the
    // writer is bounded anyway (the store's statement and connection timeouts fail a stuck batch).
    private static void await(Pending pending) {
        try {
            pending.done().get();
        } catch (ExecutionException e) {
            throw new AegisException("audit_unavailable", "the audit record could not be written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AegisException("audit_unavailable", "interrupted while writing the audit record");
        }
    }

    private void flushLoop() {
        while (!closed || !queue.isEmpty()) {
            if (queue.isEmpty()) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
                continue;
            }
            writing.lock();
            try {
                writeQueued();
            } finally {
                writing.unlock();
            }
        }
    }

    // Called holding the lock: one batch of what is queued.
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Object> items = new ArrayList<>(batch.size());
        batch.forEach(pending -> items.add(pending.item()));
        try {
            writer.write(items);
            batch.forEach(pending -> pending.done().complete(null));
        } catch (SQLException | RuntimeException | Error e) {
            // nobody waits forever, and the flusher lives on: whatever went wrong, every submitter of the batch hears of it
            LOG.log(Level.SEVERE, "audit batch of " + batch.size() + " entries could not be written", e);
            batch.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(flusher);
        try {
            flusher.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // what raced past the flusher's last look is refused, never left waiting
        for (Pending left; (left = queue.poll()) != null; ) {
            left.done().completeExceptionally(new AegisException("audit_unavailable", "the audit log is closed"));
        }
    }

    private record Pending(Object item, CompletableFuture<Void> done) {}
}

package dev.aegis.runtime.audit;

import dev.aegis.api.AegisException;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.store.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The append-only, hash-chained audit log of every run's events (verdicts with their evidence,
 * routing decisions, model calls, approvals, refusals, usage). {@link #record} returns only once the
 * run's events are committed, so an acknowledged request always has its audit record; concurrent
 * requests share one transaction (group commit), so the cost of durability is paid once per batch.
 */
public final class AuditLog implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final int BATCH = 512;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AuditWriter writer;
    private final AuditReader reader;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread flusher;
    private volatile boolean closed;

    private AuditLog(Database database) {
        this.writer = new AuditWriter(database);
        this.reader = new AuditReader(database);
        this.flusher = Thread.ofPlatform().daemon().name("aegis-audit").start(this::flushLoop);
    }

    /** Opens the log on the state store, creating its tables when missing. */
    public static AuditLog open(Database database) {
        try {
            AuditSchema.create(database);
        } catch (SQLException e) {
            throw new AegisException("audit_unavailable", "cannot create the audit log tables: " + e.getMessage(), e);
        }
        return new AuditLog(database);
    }

    /**
     * Appends the run's events not yet in the log and waits until they are committed.
     *
     * @throws AegisException {@code audit_unavailable} when they could not be written: the caller must
     *     not acknowledge the request as if it were recorded
     */
    public void record(RunState run) {
        if (closed) {
            throw new AegisException("audit_unavailable", "the audit log is closed");
        }
        Pending pending = new Pending(run, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AegisException("audit_unavailable", "the audit record could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new AegisException("audit_unavailable", "the audit record was not written within " + WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AegisException("audit_unavailable", "interrupted while writing the audit record");
        }
    }

    public List<AuditRecord> query(AuditQuery query) {
        try {
            return reader.query(query);
        } catch (SQLException e) {
            throw new AegisException("audit_unavailable", "cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Checks the whole chain and names the first row that does not hold. */
    public Verification verify() {
        try {
            return reader.verify();
        } catch (SQLException e) {
            throw new AegisException("audit_unavailable", "cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private void flushLoop() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writer.append(batch.stream().map(Pending::run).toList());
                batch.forEach(pending -> pending.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "audit batch of " + batch.size() + " runs could not be written", e);
                batch.forEach(pending -> pending.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closed = true;
        try {
            flusher.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(RunState run, CompletableFuture<Void> done) {}
}

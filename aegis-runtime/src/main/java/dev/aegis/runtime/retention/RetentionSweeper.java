package dev.aegis.runtime.retention;

import static java.util.Objects.requireNonNull;

import dev.aegis.runtime.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the retention tasks, each a batch at a time until nothing is left past its cutoff (or a
 * sweep's bound of batches is reached: the next sweep goes on). Gateways sharing a store sweep one
 * at a time: a sweep first takes the store's {@code retention} lease, renews it between batches, and
 * stops as soon as it has lost it.
 */
public final class RetentionSweeper {

    /** Long enough for any one batch; a sweeper that stalls longer loses its turn. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final RetentionLease lease;
    private final List<RetentionTask> tasks;
    private final String holder;
    private final Clock clock;
    private final int maxBatches;

    /**
     * @param holder who sweeps, unique among the gateways sharing the store
     * @param maxBatches the most batches of one task per sweep
     */
    public RetentionSweeper(Database database, List<RetentionTask> tasks, String holder, Clock clock, int maxBatches) {
        this.tasks = List.copyOf(tasks);
        this.holder = requireNonNull(holder, "holder");
        this.clock = requireNonNull(clock, "clock");
        this.maxBatches = maxBatches;
        this.lease = new RetentionLease(database, "retention");
    }

    /** Whether any task is configured: with none there is nothing to sweep. */
    public boolean active() {
        return !tasks.isEmpty();
    }

    /** Sweeps now; empty when another gateway holds the lease (it is sweeping). */
    public Optional<SweepReport> sweep() {
        Instant now = clock.instant();
        if (!lease.acquire(holder, now, LEASE)) {
            return Optional.empty();
        }
        SweepReport.Builder report = new SweepReport.Builder();
        try {
            for (RetentionTask task : tasks) {
                report.removed(task.name(), 0);
                if (!sweep(task, now, report)) {
                    report.failed(task.name(), "the retention lease was lost to another gateway; it goes on");
                    break;
                }
            }
        } finally {
            lease.release(holder);
        }
        return Optional.of(report.build());
    }

    /** @return false when the lease was lost */
    private boolean sweep(RetentionTask task, Instant now, SweepReport.Builder report) {
        for (int batch = 0; batch < maxBatches; batch++) {
            if (batch > 0 && !lease.acquire(holder, clock.instant(), LEASE)) {
                return false;
            }
            int removed;
            try {
                removed = task.removeBatch(now);
            } catch (RuntimeException e) {
                report.failed(task.name(), String.valueOf(e.getMessage()));
                return true;
            }
            if (removed == 0) {
                return true;
            }
            report.removed(task.name(), removed);
        }
        return true;
    }
}

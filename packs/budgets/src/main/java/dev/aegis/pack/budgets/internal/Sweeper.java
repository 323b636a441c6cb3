package dev.aegis.pack.budgets.internal;

import dev.aegis.pack.budgets.lease.LeasedRun;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.LedgerRetention;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases reservations nobody settled (a gateway that crashed between reserve and settle). Runs on
 * the request that first finds the interval passed — no thread of its own, and a budget nobody asks
 * for needs no sweeping — so at most one request per interval pays for it.
 */
public final class Sweeper {

    private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());
    private static final int BATCH = 500;

    private final BudgetStore store;
    private final PendingRuns pending;
    private final Duration interval;
    private final Duration ttl;
    private final Optional<Duration> retention;
    private final AtomicLong nextSweep = new AtomicLong(Long.MIN_VALUE);

    /** @param retention how long closed counters and ended ledger rows are kept; empty keeps them for ever */
    public Sweeper(BudgetStore store, PendingRuns pending, Duration interval, Duration ttl, Optional<Duration> retention) {
        this.store = store;
        this.pending = pending;
        this.interval = interval;
        this.ttl = ttl;
        this.retention = retention;
    }

    public void maybeSweep(Instant now) {
        long due = nextSweep.get();
        if (now.toEpochMilli() < due || !nextSweep.compareAndSet(due, now.plus(interval).toEpochMilli())) {
            return;
        }
        sweep(now);
    }

    // One bounded batch per sweep: a request pays for it, and a backlog drains over the following sweeps.
    private void prune(Instant now) {
        if (retention.isPresent() && store instanceof LedgerRetention ledger) {
            int pruned = ledger.prune(now.minus(retention.get()), BATCH);
            if (pruned > 0) {
                LOG.fine(() -> "removed " + pruned + " budget counter(s) and ledger row(s) past retention");
            }
        }
    }

    /** Sweeps now; how many reservations expired. */
    public int sweep(Instant now) {
        // a leased run never heard of again keeps its estimate taken from the lease: it may have spent it
        pending.forgetExpired(now, ttl).forEach(forgotten -> forgotten.leased().ifPresent(LeasedRun::abandon));
        try {
            int expired = store.expire(now, BATCH);
            if (expired > 0) {
                LOG.info(() -> "released " + expired + " budget reservation(s) that were never settled");
            }
            prune(now);
            return expired;
        } catch (RuntimeException e) {
            // the request goes on: its own reservation will meet the same store and fail by itself
            LOG.log(Level.WARNING, "sweeping expired budget reservations failed", e);
            return 0;
        }
    }
}

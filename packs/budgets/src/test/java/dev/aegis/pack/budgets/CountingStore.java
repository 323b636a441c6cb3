package dev.aegis.pack.budgets;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A real store that counts the transactions the node asks of it. */
final class CountingStore implements BudgetStore, LedgerAudit {

    final AtomicInteger reserves = new AtomicInteger();
    final AtomicInteger finishes = new AtomicInteger();
    final AtomicInteger leases = new AtomicInteger();
    final AtomicInteger records = new AtomicInteger();
    final AtomicInteger recordedRuns = new AtomicInteger();
    private final BudgetStore real;

    CountingStore(BudgetStore real) {
        this.real = real;
    }

    @Override
    public Admission reserve(Reservation reservation) {
        reserves.incrementAndGet();
        return real.reserve(reservation);
    }

    @Override
    public boolean finish(Settlement settlement) {
        finishes.incrementAndGet();
        return real.finish(settlement);
    }

    @Override
    public int expire(Instant now, int max) {
        return real.expire(now, max);
    }

    @Override
    public Map<String, CounterValue> counters(Collection<String> keys) {
        return real.counters(keys);
    }

    @Override
    public LeaseGrant lease(LeaseRequest request) {
        leases.incrementAndGet();
        return real.lease(request);
    }

    @Override
    public boolean endLease(String leaseId, long returned, Instant at) {
        return real.endLease(leaseId, returned, at);
    }

    @Override
    public void record(List<LeasedOutcome> outcomes) {
        records.incrementAndGet();
        recordedRuns.addAndGet(outcomes.stream().mapToInt(LeasedOutcome::runs).sum());
        real.record(outcomes);
    }

    @Override
    public CounterValue fromLedger(String counterKey) {
        return ((LedgerAudit) real).fromLedger(counterKey);
    }

    @Override
    public void close() {
        real.close();
    }
}

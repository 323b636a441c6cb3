package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counters' totals in a map, leases and reservations charged on them: what the book's logic needs of a store. */
final class FakeLeaseStore implements BudgetStore {

    final Map<String, Long> totals = new HashMap<>();
    final Map<String, Long> returned = new HashMap<>();
    final List<LeaseRequest> leaseRequests = new ArrayList<>();
    int reservations;

    @Override
    public synchronized Admission reserve(Reservation reservation) {
        for (Charge charge : reservation.charges()) {
            if (!charge.fits(0, totals.getOrDefault(charge.counterKey(), 0L))) {
                return new Admission.Refused(charge);
            }
        }
        reservation.charges().forEach(charge -> totals.merge(charge.counterKey(), charge.amount(), Long::sum));
        reservations++;
        return Admission.ADMITTED;
    }

    @Override
    public synchronized LeaseGrant lease(LeaseRequest request) {
        leaseRequests.add(request);
        String key = request.charge().counterKey();
        long granted = request.grant(request.charge().limit().getAsLong() - totals.getOrDefault(key, 0L));
        totals.merge(key, granted, Long::sum);
        return new LeaseGrant(granted, true);
    }

    @Override
    public boolean finish(Settlement settlement) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int expire(Instant now, int max) {
        return 0;
    }

    @Override
    public Map<String, CounterValue> counters(Collection<String> keys) {
        return new HashMap<>();
    }

    @Override
    public synchronized boolean endLease(String leaseId, long amount, Instant at) {
        return returned.putIfAbsent(leaseId, amount) == null;
    }

    @Override
    public void record(List<LeasedOutcome> outcomes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}

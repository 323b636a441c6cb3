package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * This gateway's leases, one per limited counter (a charge key: team or key × limit × window).
 * A request whose every limited charge fits its lease is admitted in memory, all or none. Otherwise
 * the request takes the locks of its counters (in key order) and, holding them, takes or refills the
 * leases from the store, or — near a limit — falls back to the store's exact reservation. A refusal
 * is decided under those locks, when this gateway's lease and the store's room were both too small.
 */
public final class LeaseBook {

    // How long a counter whose room was too small for a lease is served exactly before trying again.
    private static final long EXACT_FOR_NANOS = Duration.ofSeconds(1).toNanos();

    private final BudgetStore store;
    private final LeaseSizer sizer;
    private final Duration leaseTtl;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentHashMap<String, CounterSlot> slots = new ConcurrentHashMap<>();

    public LeaseBook(BudgetStore store, LeaseSizer sizer, Duration leaseTtl) {
        this.store = store;
        this.sizer = sizer;
        this.leaseTtl = leaseTtl;
    }

    /** Admits {@code charges} (sorted by key) from leases, or by {@code exact} near a limit. */
    public LeasedAdmission admit(List<Charge> charges, Instant now, Supplier<Admission> exact) {
        List<Charge> limited = new ArrayList<>(charges.size());
        List<CounterSlot> mine = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            if (charge.limit().isPresent() && charge.amount() > 0) {
                limited.add(charge);
                mine.add(slot(charge));
            }
        }
        List<Debit> debits = debitAll(limited, mine);
        if (debits != null) {
            return new LeasedAdmission.Leased(debits);
        }
        mine.forEach(slot -> slot.lock.lock());
        try {
            for (int i = 0; i < limited.size(); i++) {
                Lease lease = mine.get(i).lease();
                if ((lease == null || lease.available() < limited.get(i).amount()) && !mine.get(i).exact()) {
                    refill(mine.get(i), limited.get(i).amount(), now);
                }
            }
            debits = debitAll(limited, mine);
            if (debits != null) {
                return new LeasedAdmission.Leased(debits);
            }
            Admission admission = exact.get();
            if (admission instanceof Admission.Refused) {
                // a settlement may have handed room back to a lease meanwhile
                debits = debitAll(limited, mine);
                if (debits != null) {
                    return new LeasedAdmission.Leased(debits);
                }
            }
            return new LeasedAdmission.Exact(admission);
        } finally {
            mine.forEach(slot -> slot.lock.unlock());
        }
    }

    private CounterSlot slot(Charge charge) {
        CounterSlot slot = slots.get(charge.counterKey());
        return slot != null ? slot : slots.computeIfAbsent(charge.counterKey(), key -> new CounterSlot(charge));
    }

    /** What this gateway's lease on the counter can still admit: room the store counts as reserved, yet unspent. */
    public long unused(String counterKey) {
        CounterSlot slot = slots.get(counterKey);
        Lease lease = slot == null ? null : slot.lease();
        return lease == null ? 0 : lease.available();
    }

    private static List<Debit> debitAll(List<Charge> limited, List<CounterSlot> mine) {
        List<Debit> debits = new ArrayList<>(limited.size());
        for (int i = 0; i < limited.size(); i++) {
            Lease lease = mine.get(i).lease();
            long amount = limited.get(i).amount();
            if (lease == null || !lease.tryDebit(amount)) {
                debits.forEach(debit -> debit.lease().undo(debit.amount()));
                return null;
            }
            debits.add(new Debit(lease, amount));
        }
        for (int i = 0; i < limited.size(); i++) {
            mine.get(i).admitted(limited.get(i).amount());
        }
        return debits;
    }

    /**
     * Takes or raises the slot's lease by what the observed rate asks for (or renews it, with
     * {@code step} zero); the caller holds the slot's lock. One store transaction.
     */
    void refill(CounterSlot slot, long step, Instant now) {
        long unit = Math.max(1, step > 0 ? step : slot.step());
        Lease lease = slot.lease();
        boolean fresh = lease == null || lease.sealed();
        long wanted = step > 0 || lease == null
                ? sizer.capped(sizer.wanted(unit, slot.ratePerSecond()), unit, slot.counter.limit(), fresh ? 0 : lease.available())
                : 0;
        if (fresh) {
            lease = new Lease(LeaseRequest.PREFIX + instance + ":" + sequence.incrementAndGet(), slot.counter);
        }
        // a lease serves one window: a crashed gateway's lease on an ended window need not linger
        Instant windowEnd = slot.counter.resetsAt().plus(leaseTtl.dividedBy(2));
        Instant until = now.plus(leaseTtl).isAfter(windowEnd) ? windowEnd : now.plus(leaseTtl);
        LeaseGrant grant = store.lease(new LeaseRequest(lease.id(), slot.counter, wanted, unit, sizer.share(), now, until));
        if (!grant.open()) {
            // swept while this gateway was stalled: the store kept all it held as lapsed; start afresh
            lease.seal();
            slot.remove(lease);
            return;
        }
        if (grant.granted() == 0 && wanted > 0) {
            slot.exactFor(EXACT_FOR_NANOS);
        }
        if (fresh && grant.granted() == 0) {
            return; // the store wrote nothing
        }
        lease.grant(grant.granted(), until);
        slot.install(lease);
    }

    /**
     * Ends the slot's lease: no more admissions, runs settled so far are written ({@code flush}),
     * then what is still available goes back; the estimates of runs in flight stay charged (lapsed).
     */
    void retire(CounterSlot slot, Lease lease, Instant now, Runnable flush) {
        slot.remove(lease);
        long returned = lease.seal();
        flush.run();
        store.endLease(lease.id(), returned, now);
    }

    Collection<CounterSlot> slots() {
        return slots.values();
    }

    void forget(CounterSlot slot) {
        slots.remove(slot.counter.counterKey(), slot);
    }

    LeaseSizer sizer() {
        return sizer;
    }

    Duration leaseTtl() {
        return leaseTtl;
    }
}

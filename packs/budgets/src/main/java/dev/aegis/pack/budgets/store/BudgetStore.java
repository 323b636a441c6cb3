package dev.aegis.pack.budgets.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counters and the ledger. Each method is one atomic transaction: no half-written ledger row, and
 * a counter always equals the sum of its ledger charges — an open lease is a ledger entry holding its
 * amount. Thread-safe.
 */
public interface BudgetStore extends AutoCloseable {

    /** Reserves every charge and writes the ledger row, or reserves nothing when a charge does not fit. */
    Admission reserve(Reservation reservation);

    /**
     * Ends a reservation. Idempotent: false when it was already ended (or is unknown), and nothing
     * changes then — except the one late settlement of a released or expired reservation, see
     * {@link LedgerState}.
     */
    boolean finish(Settlement settlement);

    /**
     * Expires up to {@code max} reservations and leases whose expiry is before {@code now}; how many.
     * A lapsed lease gives nothing back: what it still held is charged as lapsed, because the gateway
     * that held it may have spent it without writing it down yet.
     */
    int expire(Instant now, int max);

    /** The current values; a counter never charged is {@link CounterValue#ZERO}. */
    Map<String, CounterValue> counters(Collection<String> keys);

    /** Takes, raises or renews a lease on one counter; see {@link LeaseRequest#grant}. */
    LeaseGrant lease(LeaseRequest request);

    /**
     * Ends a lease, giving back {@code returned} (at most what it holds); what it holds beyond that —
     * runs still in flight — is charged as lapsed. False when it had ended already.
     */
    boolean endLease(String leaseId, long returned, Instant at);

    /** Writes ended leased runs, all in one transaction (a group commit). */
    void record(List<LeasedOutcome> outcomes);

    @Override
    void close();
}

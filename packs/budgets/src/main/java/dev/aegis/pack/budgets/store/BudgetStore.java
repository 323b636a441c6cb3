package dev.aegis.pack.budgets.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counters and the ledger. Each method is one atomic transaction: no half-written ledger row, and
 * a counter always equals the sum of its ledger charges. Thread-safe.
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

    /** Expires up to {@code max} reservations whose expiry is before {@code now}; how many. */
    int expire(Instant now, int max);

    /** The current values; a counter never charged is {@link CounterValue#ZERO}. */
    Map<String, CounterValue> counters(Collection<String> keys);

    @Override
    void close();
}

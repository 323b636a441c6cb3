package dev.aegis.pack.budgets.store;

/**
 * Recomputes a counter from the ledger: what an auditor (and the tests) compare with
 * {@link BudgetStore#counters}. Reads every charge of the counter, so it is not for the hot path.
 */
public interface LedgerAudit {

    /** The charges of open reservations as {@code reserved}, those of ended ones as {@code spent}. */
    CounterValue fromLedger(String counterKey);
}

package dev.aegis.pack.budgets.store;

import java.time.Instant;

/**
 * Removes what limits no longer need: counters whose period closed before a cutoff (and hold no
 * reservation), then ended ledger rows from before it whose counters are all gone — so every counter
 * that remains still equals the sum of its ledger charges ({@link LedgerAudit}).
 */
public interface LedgerRetention {

    /** Removes up to {@code max} counters and up to {@code max} ledger rows; how many rows in all. */
    int prune(Instant before, int max);
}

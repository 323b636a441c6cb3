package dev.aegis.pack.budgets.store;

import java.util.Locale;

/**
 * A ledger row's state. {@code reserved} becomes {@code settled}, {@code released} or
 * {@code expired}, once. A {@code released} or {@code expired} row may still be settled late, once —
 * a run that was paused and resumed after approval, or that outlived its reservation: its real cost
 * and tokens are added, nothing is released twice and the request is not counted again.
 */
public enum LedgerState {
    RESERVED,
    SETTLED,
    RELEASED,
    EXPIRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LedgerState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

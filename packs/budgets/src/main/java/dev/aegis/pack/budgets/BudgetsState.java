package dev.aegis.pack.budgets;

import dev.aegis.api.state.StateKey;

/** What the {@code budgets} node puts into a run's state. */
public final class BudgetsState {

    /** The id of the run's reservation: its row in the budgets ledger. */
    public static final StateKey<String> RESERVATION = StateKey.of("budgets.reservation");

    /** The event recorded when a reservation is made. */
    public static final String RESERVED_EVENT = "budget.reserved";

    private BudgetsState() {}
}

package dev.aegis.pack.budgets.store;

/** What {@link BudgetStore#reserve} decided: all charges were reserved, or none. */
public sealed interface Admission {

    Admitted ADMITTED = new Admitted();

    record Admitted() implements Admission {}

    /** @param charge the first charge, in key order, that did not fit */
    record Refused(Charge charge) implements Admission {}
}

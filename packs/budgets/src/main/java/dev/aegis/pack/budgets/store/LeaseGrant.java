package dev.aegis.pack.budgets.store;

/**
 * What {@link BudgetStore#lease} did.
 *
 * @param granted added to the lease (and the counter's reserved); zero when the room left is below
 *     a few requests' worth, and the gateway should serve this counter exactly
 * @param open false when the lease had already ended (swept after lapsing): it must not be used again
 */
public record LeaseGrant(long granted, boolean open) {

    public static final LeaseGrant LAPSED = new LeaseGrant(0, false);
}

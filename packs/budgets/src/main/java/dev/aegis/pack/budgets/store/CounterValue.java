package dev.aegis.pack.budgets.store;

/**
 * A counter's value.
 *
 * @param spent what settled reservations charged, lapsed leases included
 * @param reserved what open reservations and open leases hold
 * @param lapsed the part of {@code spent} that leases of gateways which died (or shut down with runs
 *     still in flight) kept because nobody could say whether it was spent: bounded under-spend
 */
public record CounterValue(long spent, long reserved, long lapsed) {

    public static final CounterValue ZERO = new CounterValue(0, 0, 0);

    public CounterValue(long spent, long reserved) {
        this(spent, reserved, 0);
    }

    public long total() {
        return spent + reserved;
    }
}

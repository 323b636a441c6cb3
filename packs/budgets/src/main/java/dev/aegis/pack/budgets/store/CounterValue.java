package dev.aegis.pack.budgets.store;

/**
 * A counter's value.
 *
 * @param spent what settled reservations charged
 * @param reserved what open reservations hold
 */
public record CounterValue(long spent, long reserved) {

    public static final CounterValue ZERO = new CounterValue(0, 0);

    public long total() {
        return spent + reserved;
    }
}

package dev.aegis.pack.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of the configured currency in nano-units (10⁻⁹), so every store can add it atomically
 * as a 64-bit integer (Redis has no decimals, SQLite no exact ones) and no double ever touches it.
 * A per-token price with up to three decimals per million tokens is exact at this scale.
 */
public record Money(long nanos) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final int SCALE = 9;

    /** Rounds up: an estimate must never be below the true amount, and a charge never rounds to free. */
    public static Money of(BigDecimal amount) {
        return new Money(amount.movePointRight(SCALE).setScale(0, RoundingMode.CEILING).longValueExact());
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(nanos, SCALE).stripTrailingZeros();
    }

    /** The amount as JSON and people read it: {@code 12.5}, never {@code 1.25E+1}. */
    public String plain() {
        return amount().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(nanos, other.nanos);
    }
}

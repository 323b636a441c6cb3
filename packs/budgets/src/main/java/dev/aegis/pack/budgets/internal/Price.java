package dev.aegis.pack.budgets.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.OptionalLong;

/** What one million input and output tokens cost. */
public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Price {
        requireNonNull(inputPerMillion, "inputPerMillion");
        requireNonNull(outputPerMillion, "outputPerMillion");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** Exact in decimal, rounded up to the nano-unit once for the whole call. */
    public Money cost(long inputTokens, long outputTokens) {
        OptionalLong exact = nanos(inputTokens, outputTokens);
        if (exact.isPresent()) {
            return new Money(exact.getAsLong());
        }
        BigDecimal total = inputPerMillion.multiply(BigDecimal.valueOf(inputTokens))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(outputTokens)));
        return Money.of(total.divide(MILLION));
    }

    // The same in long arithmetic when the prices have at most nine decimals and nothing overflows:
    // with prices in nano-units per million tokens, the cost in nano-units is the sum over a million, rounded up.
    private OptionalLong nanos(long inputTokens, long outputTokens) {
        long inputNanos = nanosOf(inputPerMillion);
        long outputNanos = nanosOf(outputPerMillion);
        if (inputNanos < 0 || outputNanos < 0 || inputTokens < 0 || outputTokens < 0) {
            return OptionalLong.empty();
        }
        try {
            long total = Math.addExact(Math.multiplyExact(inputNanos, inputTokens), Math.multiplyExact(outputNanos, outputTokens));
            return OptionalLong.of(Math.ceilDiv(total, 1_000_000L));
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    // Nano-units per million tokens, or -1 when that is not a whole number or not a long.
    private static long nanosOf(BigDecimal perMillion) {
        try {
            return perMillion.movePointRight(9).longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }
}

package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How a reservation ends.
 *
 * @param cost nano-units actually spent; zero unless {@code state} is {@link LedgerState#SETTLED}
 * @param model the model that answered, for the ledger
 */
public record Settlement(String reservationId, LedgerState state, long cost, long tokens, String model, Instant at) {

    public Settlement {
        requireNonNull(reservationId, "reservationId");
        requireNonNull(state, "state");
        requireNonNull(model, "model");
        requireNonNull(at, "at");
        if (state == LedgerState.RESERVED) {
            throw new IllegalArgumentException("a settlement ends a reservation");
        }
        if (state != LedgerState.SETTLED && (cost != 0 || tokens != 0)) {
            throw new IllegalArgumentException("a release or an expiry spends nothing");
        }
    }

    public static Settlement release(String reservationId, Instant at) {
        return new Settlement(reservationId, LedgerState.RELEASED, 0, 0, "", at);
    }

    public static Settlement expire(String reservationId, Instant at) {
        return new Settlement(reservationId, LedgerState.EXPIRED, 0, 0, "", at);
    }

    /**
     * What ends up on a counter of {@code unit}. A request that was admitted counts against the
     * request rate even when it is released (it was made); an expired one is forgotten entirely.
     */
    public long charged(Unit unit) {
        return switch (unit) {
            case MONEY -> cost;
            case TOKENS -> tokens;
            case REQUESTS -> state == LedgerState.EXPIRED ? 0 : 1;
        };
    }
}

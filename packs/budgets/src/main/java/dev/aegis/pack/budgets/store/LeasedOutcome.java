package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Runs admitted against leases, ended: written as one ledger row (as a reservation that was settled
 * or released) by a group commit. Each charge on a leased counter is moved out of the lease into
 * spent, so the counter's total does not change; a charge on a counter without a limit (kept for
 * reports) is added to spent. One run, or the sum of several settled runs of one batch
 * ({@code runs} of them): then the row's costs, tokens and charges are their sums.
 *
 * @param admitted the ledger row as it was admitted: ids, estimate, charges
 * @param leaseByCounter the lease each limited counter was debited from
 * @param runs how many runs the row stands for
 */
public record LeasedOutcome(Reservation admitted, Settlement settlement, Map<String, String> leaseByCounter, int runs) {

    public LeasedOutcome {
        requireNonNull(admitted, "admitted");
        requireNonNull(settlement, "settlement");
        leaseByCounter = Map.copyOf(leaseByCounter);
        if (!admitted.id().equals(settlement.reservationId())) {
            throw new IllegalArgumentException("the settlement of another run");
        }
        if (runs < 1 || runs > 1 && settlement.state() != LedgerState.SETTLED) {
            throw new IllegalArgumentException("only settled runs are written as a sum");
        }
    }

    /** One run. */
    public LeasedOutcome(Reservation admitted, Settlement settlement, Map<String, String> leaseByCounter) {
        this(admitted, settlement, leaseByCounter, 1);
    }

    /** What ends up on a counter of {@code unit}: each of the runs counts as a request. */
    public long charged(Unit unit) {
        return unit == Unit.REQUESTS ? settlement.charged(unit) * runs : settlement.charged(unit);
    }
}

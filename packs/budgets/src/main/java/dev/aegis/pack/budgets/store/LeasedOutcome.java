package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A run admitted against leases, ended: written as a ledger row of its own (as a reservation that
 * was settled or released) by a group commit. Each charge on a leased counter is moved out of the
 * lease into spent, so the counter's total does not change; a charge on a counter without a limit
 * (kept for reports) is added to spent.
 *
 * @param admitted the run's ledger row as it was admitted: ids, estimate, charges
 * @param leaseByCounter the lease each limited counter was debited from
 */
public record LeasedOutcome(Reservation admitted, Settlement settlement, Map<String, String> leaseByCounter) {

    public LeasedOutcome {
        requireNonNull(admitted, "admitted");
        requireNonNull(settlement, "settlement");
        leaseByCounter = Map.copyOf(leaseByCounter);
        if (!admitted.id().equals(settlement.reservationId())) {
            throw new IllegalArgumentException("the settlement of another run");
        }
    }
}

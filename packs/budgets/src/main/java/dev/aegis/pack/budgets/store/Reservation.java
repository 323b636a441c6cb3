package dev.aegis.pack.budgets.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One run's claim on its counters, and its ledger row.
 *
 * @param charges sorted by counter key: every store locks counters in this order, so two
 *     reservations can never wait for each other
 */
public record Reservation(
        String id, String runId, String team, String principalId, String model, String currency,
        long estimatedCost, long estimatedTokens, Instant createdAt, Instant expiresAt, List<Charge> charges) {

    public Reservation {
        requireNonNull(id, "id");
        requireNonNull(runId, "runId");
        requireNonNull(team, "team");
        requireNonNull(principalId, "principalId");
        requireNonNull(model, "model");
        requireNonNull(currency, "currency");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(expiresAt, "expiresAt");
        charges = sorted(charges);
        for (int i = 1; i < charges.size(); i++) {
            if (charges.get(i - 1).counterKey().equals(charges.get(i).counterKey())) {
                throw new IllegalArgumentException("a reservation charges each counter once");
            }
        }
    }

    // Charges usually come sorted (the planner sorts them): then they are only copied, or kept if immutable.
    private static List<Charge> sorted(List<Charge> charges) {
        for (int i = 1; i < charges.size(); i++) {
            if (charges.get(i - 1).counterKey().compareTo(charges.get(i).counterKey()) > 0) {
                return charges.stream().sorted(Comparator.comparing(Charge::counterKey)).toList();
            }
        }
        return List.copyOf(charges);
    }
}

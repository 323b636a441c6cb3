package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run admitted against this gateway's leases: its ledger row-to-be and what it took from each.
 *
 * @param admitted the ledger row as admitted (no store has it until the run ends and is recorded)
 */
public record LeasedRun(Reservation admitted, List<Debit> debits) {

    public LeasedRun {
        debits = List.copyOf(debits);
    }

    /** Hands what the run did not use back to the leases; the outcome to record. */
    public LeasedOutcome end(Settlement settlement) {
        Map<String, String> leaseByCounter = new HashMap<>();
        for (Debit debit : debits) {
            debit.lease().settle(debit.amount(), settlement.charged(debit.lease().counter().unit()));
            leaseByCounter.put(debit.lease().counter().counterKey(), debit.lease().id());
        }
        return new LeasedOutcome(admitted, settlement, leaseByCounter);
    }

    public void abandon() {
        debits.forEach(debit -> debit.lease().abandon());
    }
}

package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Admission;
import java.util.List;

/** How {@link LeaseBook#admit} admitted a request: from leases in memory, or by the store exactly. */
public sealed interface LeasedAdmission {

    record Leased(List<Debit> debits) implements LeasedAdmission {

        public Leased {
            debits = List.copyOf(debits);
        }
    }

    /** Near a limit (or for a charge no lease could hold): the store's per-request reservation decided. */
    record Exact(Admission admission) implements LeasedAdmission {}
}

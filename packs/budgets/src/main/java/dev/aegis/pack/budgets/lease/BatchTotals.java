package dev.aegis.pack.budgets.lease;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adds up a group commit's settled runs into one ledger row per team, key, model and leases, so
 * what a batch writes grows with the counters it touches, not with its runs; each counter still
 * equals the sum of its ledger charges. A run's own detail is in the audit log (its budget events).
 * A run that was released keeps a row of its own: a paused run may be settled late by its id.
 */
final class BatchTotals {

    /** The prefix of a summed row's id; reservations are UUIDs, leases {@code lease:…}. */
    static final String PREFIX = "batch:";
    static final String RUN_ID = "batch";

    private BatchTotals() {}

    static List<LeasedOutcome> of(List<LeasedOutcome> outcomes) {
        List<LeasedOutcome> rows = new ArrayList<>();
        // few groups per batch, and a run's strings are shared with its group's: a scan beats hashing
        List<List<LeasedOutcome>> groups = new ArrayList<>();
        for (LeasedOutcome outcome : outcomes) {
            if (outcome.settlement().state() == LedgerState.SETTLED && outcome.runs() == 1) {
                group(groups, outcome).add(outcome);
            } else {
                rows.add(outcome);
            }
        }
        for (List<LeasedOutcome> group : groups) {
            rows.add(group.size() == 1 ? group.getFirst() : sum(group));
        }
        return rows;
    }

    private static List<LeasedOutcome> group(List<List<LeasedOutcome>> groups, LeasedOutcome outcome) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (sameRow(groups.get(i).getFirst(), outcome)) {
                return groups.get(i);
            }
        }
        List<LeasedOutcome> group = new ArrayList<>();
        groups.add(group);
        return group;
    }

    /** Whether two settled runs can be one row: the same ledger columns, counters (in key order) and leases. */
    private static boolean sameRow(LeasedOutcome a, LeasedOutcome b) {
        Reservation x = a.admitted();
        Reservation y = b.admitted();
        if (!x.principalId().equals(y.principalId()) || !x.team().equals(y.team()) || !x.model().equals(y.model())
                || !x.currency().equals(y.currency()) || !a.settlement().model().equals(b.settlement().model())
                || x.charges().size() != y.charges().size()) {
            return false;
        }
        for (int i = 0; i < x.charges().size(); i++) {
            if (!x.charges().get(i).counterKey().equals(y.charges().get(i).counterKey())) {
                return false;
            }
        }
        return a.leaseByCounter().equals(b.leaseByCounter());
    }

    private static LeasedOutcome sum(List<LeasedOutcome> group) {
        LeasedOutcome first = group.getFirst();
        long estimatedCost = 0;
        long estimatedTokens = 0;
        long cost = 0;
        long tokens = 0;
        long[] amounts = new long[first.admitted().charges().size()];
        Instant createdAt = first.admitted().createdAt();
        Instant expiresAt = first.admitted().expiresAt();
        Instant endedAt = first.settlement().at();
        for (LeasedOutcome outcome : group) {
            Reservation admitted = outcome.admitted();
            estimatedCost += admitted.estimatedCost();
            estimatedTokens += admitted.estimatedTokens();
            cost += outcome.settlement().cost();
            tokens += outcome.settlement().tokens();
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] += admitted.charges().get(i).amount();
            }
            createdAt = admitted.createdAt().isBefore(createdAt) ? admitted.createdAt() : createdAt;
            expiresAt = admitted.expiresAt().isAfter(expiresAt) ? admitted.expiresAt() : expiresAt;
            endedAt = outcome.settlement().at().isAfter(endedAt) ? outcome.settlement().at() : endedAt;
        }
        List<Charge> charges = new ArrayList<>(amounts.length);
        for (int i = 0; i < amounts.length; i++) {
            Charge charge = first.admitted().charges().get(i);
            charges.add(new Charge(charge.counterKey(), charge.unit(), amounts[i], charge.limit(), charge.description(), charge.refusalCode(),
                    charge.resetsAt()));
        }
        String id = PREFIX + UUID.randomUUID();
        Reservation admitted = new Reservation(id, RUN_ID, first.admitted().team(), first.admitted().principalId(), first.admitted().model(),
                first.admitted().currency(), estimatedCost, estimatedTokens, createdAt, expiresAt, charges);
        Settlement settlement = new Settlement(id, LedgerState.SETTLED, cost, tokens, first.settlement().model(), endedAt);
        return new LeasedOutcome(admitted, settlement, first.leaseByCounter(), group.size());
    }
}

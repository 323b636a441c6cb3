package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeasedOutcome;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The group commit of ended leased runs: their ledger rows (one per run, or one for several settled runs), then each lease gives what its runs
 * charged to spent, then each counter once, in key order — ledger rows before counters, like every
 * other transaction here, so none waits for another in a cycle.
 */
final class JdbcRecord {

    private static final String INSERT_ENDED = """
            INSERT INTO budget_ledger (reservation_id, run_id, team, principal_id, model, currency, state,
              estimated_cost, estimated_tokens, actual_cost, actual_tokens, settled_model, created_at, expires_at, ended_at, runs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CHARGE =
            "INSERT INTO budget_charges (reservation_id, counter_key, unit, reserved, charged) VALUES (?, ?, ?, ?, ?)";
    private static final String TAKE = "UPDATE budget_charges SET reserved = reserved - ? WHERE reservation_id = ?";
    private static final String SPEND = "UPDATE budget_counters SET reserved = reserved - ?, spent = spent + ? WHERE counter_key = ?";

    private JdbcRecord() {}

    static Void record(Connection connection, List<LeasedOutcome> outcomes, String lockRows) throws SQLException {
        Map<String, Long> chargedByLease = new TreeMap<>();
        Map<String, Long> spentByCounter = new TreeMap<>();
        Map<String, Charge> chargeByCounter = new TreeMap<>();
        Map<String, String> counterByLease = new TreeMap<>();
        try (PreparedStatement ledger = connection.prepareStatement(INSERT_ENDED);
                PreparedStatement charges = connection.prepareStatement(INSERT_CHARGE)) {
            for (LeasedOutcome outcome : outcomes) {
                addLedgerRow(ledger, outcome);
                for (Charge charge : outcome.admitted().charges()) {
                    long charged = outcome.charged(charge.unit());
                    charges.setString(1, outcome.admitted().id());
                    charges.setString(2, charge.counterKey());
                    charges.setString(3, JdbcReserve.unit(charge));
                    charges.setLong(4, charge.amount());
                    charges.setLong(5, charged);
                    charges.addBatch();
                    spentByCounter.merge(charge.counterKey(), charged, Long::sum);
                    chargeByCounter.putIfAbsent(charge.counterKey(), charge);
                    String lease = outcome.leaseByCounter().get(charge.counterKey());
                    if (lease != null) {
                        chargedByLease.merge(lease, charged, Long::sum);
                        counterByLease.put(lease, charge.counterKey());
                    }
                }
            }
            ledger.executeBatch();
            charges.executeBatch();
        }
        Map<String, Long> takenByCounter = new TreeMap<>();
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            for (Map.Entry<String, Long> lease : chargedByLease.entrySet()) {
                Optional<JdbcLeases.Held> held = JdbcLeases.held(connection, lease.getKey(), lockRows);
                // a lease that lapsed (swept) kept everything it held already: nothing to move out of it
                long taken = held.filter(JdbcLeases.Held::open).map(h -> Math.min(h.reserved(), lease.getValue())).orElse(0L);
                take.setLong(1, taken);
                take.setString(2, lease.getKey());
                take.addBatch();
                takenByCounter.merge(counterByLease.get(lease.getKey()), taken, Long::sum);
            }
            take.executeBatch();
        }
        try (PreparedStatement lock = connection.prepareStatement(JdbcReserve.LOCK_COUNTER);
                PreparedStatement spend = connection.prepareStatement(SPEND)) {
            for (Map.Entry<String, Long> counter : spentByCounter.entrySet()) {
                Charge charge = chargeByCounter.get(counter.getKey());
                lock.setString(1, charge.counterKey());
                lock.setString(2, JdbcReserve.unit(charge));
                lock.setLong(3, charge.resetsAt().toEpochMilli());
                try (ResultSet ignored = lock.executeQuery()) {
                    // the row exists and is ours until commit
                }
                spend.setLong(1, takenByCounter.getOrDefault(counter.getKey(), 0L));
                spend.setLong(2, counter.getValue());
                spend.setString(3, counter.getKey());
                spend.addBatch();
            }
            spend.executeBatch();
        }
        return null;
    }

    private static void addLedgerRow(PreparedStatement ledger, LeasedOutcome outcome) throws SQLException {
        Reservation admitted = outcome.admitted();
        Settlement settlement = outcome.settlement();
        ledger.setString(1, admitted.id());
        ledger.setString(2, admitted.runId());
        ledger.setString(3, admitted.team());
        ledger.setString(4, admitted.principalId());
        ledger.setString(5, admitted.model());
        ledger.setString(6, admitted.currency());
        ledger.setString(7, settlement.state().label());
        ledger.setLong(8, admitted.estimatedCost());
        ledger.setLong(9, admitted.estimatedTokens());
        ledger.setLong(10, settlement.cost());
        ledger.setLong(11, settlement.tokens());
        ledger.setString(12, settlement.model());
        ledger.setLong(13, admitted.createdAt().toEpochMilli());
        ledger.setLong(14, admitted.expiresAt().toEpochMilli());
        ledger.setLong(15, settlement.at().toEpochMilli());
        ledger.setLong(16, outcome.runs());
        ledger.addBatch();
    }
}

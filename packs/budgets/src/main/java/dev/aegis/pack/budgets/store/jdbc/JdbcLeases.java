package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LedgerState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A lease is a ledger row with one charge, state {@code reserved} while open: taking or raising it
 * adds to the counter's {@code reserved} like a reservation, so the counter still equals its ledger.
 * Like a settlement, each transaction locks the ledger row first, then the counter.
 */
final class JdbcLeases {

    private static final String HELD = """
            SELECT l.state, c.counter_key, c.reserved FROM budget_ledger l
            JOIN budget_charges c ON c.reservation_id = l.reservation_id WHERE l.reservation_id = ?""";
    private static final String RAISE_CHARGE = "UPDATE budget_charges SET reserved = reserved + ? WHERE reservation_id = ?";
    private static final String RENEW = "UPDATE budget_ledger SET expires_at = ? WHERE reservation_id = ?";
    private static final String RAISE_COUNTER = "UPDATE budget_counters SET reserved = reserved + ? WHERE counter_key = ?";
    private static final String END_COUNTER =
            "UPDATE budget_counters SET reserved = reserved - ?, spent = spent + ?, lapsed = lapsed + ? WHERE counter_key = ?";
    private static final String END_CHARGE = "UPDATE budget_charges SET charged = ? WHERE reservation_id = ?";
    private static final String END_LEDGER = "UPDATE budget_ledger SET state = ?, actual_cost = 0, actual_tokens = 0, ended_at = ? WHERE reservation_id = ?";

    private JdbcLeases() {}

    static LeaseGrant lease(Connection connection, LeaseRequest request, String lockRows) throws SQLException {
        Optional<Held> held = held(connection, request.leaseId(), lockRows);
        if (held.isPresent() && !held.get().open()) {
            return LeaseGrant.LAPSED;
        }
        Charge charge = request.charge();
        long room;
        try (PreparedStatement lock = connection.prepareStatement(JdbcReserve.LOCK_COUNTER)) {
            lock.setString(1, charge.counterKey());
            lock.setString(2, JdbcReserve.unit(charge));
            lock.setLong(3, charge.resetsAt().toEpochMilli());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                room = charge.limit().getAsLong() - row.getLong(1) - row.getLong(2);
            }
        }
        long granted = request.grant(room);
        if (held.isEmpty()) {
            if (granted > 0) {
                insert(connection, request, granted);
            }
        } else {
            update(connection, RAISE_CHARGE, granted, request.leaseId());
            update(connection, RENEW, request.expiresAt().toEpochMilli(), request.leaseId());
        }
        update(connection, RAISE_COUNTER, granted, charge.counterKey());
        return new LeaseGrant(granted, true);
    }

    /** Ends an open lease as {@code state}: gives back up to {@code returned}, keeps the rest as lapsed. */
    static boolean end(Connection connection, String leaseId, long returned, LedgerState state, Instant at, String lockRows)
            throws SQLException {
        Optional<Held> held = held(connection, leaseId, lockRows);
        if (held.isEmpty() || !held.get().open()) {
            return false;
        }
        long kept = held.get().reserved() - Math.min(Math.max(0, returned), held.get().reserved());
        try (PreparedStatement counter = connection.prepareStatement(END_COUNTER)) {
            counter.setLong(1, held.get().reserved());
            counter.setLong(2, kept);
            counter.setLong(3, kept);
            counter.setString(4, held.get().counterKey());
            counter.executeUpdate();
        }
        update(connection, END_CHARGE, kept, leaseId);
        try (PreparedStatement ledger = connection.prepareStatement(END_LEDGER)) {
            ledger.setString(1, state.label());
            ledger.setLong(2, at.toEpochMilli());
            ledger.setString(3, leaseId);
            ledger.executeUpdate();
        }
        return true;
    }

    static Optional<Held> held(Connection connection, String leaseId, String lockRows) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HELD + lockRows)) {
            select.setString(1, leaseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Held(LedgerState.of(row.getString(1)) == LedgerState.RESERVED, row.getString(2), row.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, LeaseRequest request, long granted) throws SQLException {
        try (PreparedStatement ledger = connection.prepareStatement(JdbcReserve.INSERT_LEDGER)) {
            ledger.setString(1, request.leaseId());
            ledger.setString(2, "lease");
            ledger.setString(3, "");
            ledger.setString(4, "");
            ledger.setString(5, "");
            ledger.setString(6, "");
            ledger.setString(7, LedgerState.RESERVED.label());
            ledger.setLong(8, 0);
            ledger.setLong(9, 0);
            ledger.setLong(10, request.now().toEpochMilli());
            ledger.setLong(11, request.expiresAt().toEpochMilli());
            ledger.executeUpdate();
        }
        try (PreparedStatement charge = connection.prepareStatement(JdbcReserve.INSERT_CHARGE)) {
            charge.setString(1, request.leaseId());
            charge.setString(2, request.charge().counterKey());
            charge.setString(3, JdbcReserve.unit(request.charge()));
            charge.setLong(4, granted);
            charge.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, long value, String key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.setString(2, key);
            update.executeUpdate();
        }
    }

    /** @param reserved what the lease holds now */
    record Held(boolean open, String counterKey, long reserved) {}
}

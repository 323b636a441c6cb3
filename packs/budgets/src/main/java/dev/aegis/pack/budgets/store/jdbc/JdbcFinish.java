package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.Unit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ends one reservation inside the caller's write transaction; the ledger row is locked first. */
final class JdbcFinish {

    private static final String CHARGES =
            "SELECT counter_key, unit, reserved FROM budget_charges WHERE reservation_id = ? ORDER BY counter_key";
    private static final String MOVE = "UPDATE budget_counters SET reserved = reserved - ?, spent = spent + ? WHERE counter_key = ?";
    private static final String CHARGED = "UPDATE budget_charges SET charged = ? WHERE reservation_id = ? AND counter_key = ?";
    private static final String END = """
            UPDATE budget_ledger SET state = ?, actual_cost = ?, actual_tokens = ?, settled_model = ?, ended_at = ?
            WHERE reservation_id = ?""";

    private JdbcFinish() {}

    static boolean finish(Connection connection, Settlement settlement, String lockRows) throws SQLException {
        LedgerState current = state(connection, settlement.reservationId(), lockRows);
        boolean open = current == LedgerState.RESERVED;
        boolean lateSettlement = (current == LedgerState.EXPIRED || current == LedgerState.RELEASED)
                && settlement.state() == LedgerState.SETTLED;
        if (!open && !lateSettlement) {
            return false;
        }
        List<Row> charges = charges(connection, settlement.reservationId());
        try (PreparedStatement move = connection.prepareStatement(MOVE);
                PreparedStatement charged = connection.prepareStatement(CHARGED)) {
            for (Row charge : charges) {
                if (lateSettlement && charge.unit() == Unit.REQUESTS) {
                    continue; // the request was counted (or forgotten) when the reservation ended
                }
                long amount = settlement.charged(charge.unit());
                // a released or expired reservation gave back what it held already
                move.setLong(1, open ? charge.reserved() : 0);
                move.setLong(2, amount);
                move.setString(3, charge.counterKey());
                move.addBatch();
                charged.setLong(1, amount);
                charged.setString(2, settlement.reservationId());
                charged.setString(3, charge.counterKey());
                charged.addBatch();
            }
            move.executeBatch();
            charged.executeBatch();
        }
        try (PreparedStatement end = connection.prepareStatement(END)) {
            end.setString(1, settlement.state().label());
            end.setLong(2, settlement.cost());
            end.setLong(3, settlement.tokens());
            end.setString(4, settlement.model());
            end.setLong(5, settlement.at().toEpochMilli());
            end.setString(6, settlement.reservationId());
            end.executeUpdate();
        }
        return true;
    }

    private static LedgerState state(Connection connection, String reservationId, String lockRows) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state FROM budget_ledger WHERE reservation_id = ?" + lockRows)) {
            select.setString(1, reservationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? LedgerState.of(row.getString(1)) : null;
            }
        }
    }

    private static List<Row> charges(Connection connection, String reservationId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CHARGES)) {
            select.setString(1, reservationId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString(1), Unit.valueOf(row.getString(2).toUpperCase(Locale.ROOT)), row.getLong(3)));
                }
            }
        }
        return rows;
    }

    private record Row(String counterKey, Unit unit, long reserved) {}
}

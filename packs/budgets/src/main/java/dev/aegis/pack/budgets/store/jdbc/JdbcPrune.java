package dev.aegis.pack.budgets.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of {@link dev.aegis.pack.budgets.store.LedgerRetention}: one bounded batch of counters, then of ledger rows. */
final class JdbcPrune {

    private JdbcPrune() {}

    static int counters(Connection connection, Instant before, int max) throws SQLException {
        List<String> keys = ids(connection, "SELECT counter_key FROM budget_counters WHERE resets_at < ? AND reserved = 0"
                + " ORDER BY resets_at LIMIT ?", before, max);
        return delete(connection, "DELETE FROM budget_counters WHERE reserved = 0 AND counter_key", keys);
    }

    static int ledger(Connection connection, Instant before, int max) throws SQLException {
        List<String> ended = ids(connection, """
                SELECT l.reservation_id FROM budget_ledger l
                WHERE l.state <> 'reserved' AND l.ended_at < ?
                  AND NOT EXISTS (SELECT 1 FROM budget_charges c JOIN budget_counters k ON k.counter_key = c.counter_key
                                  WHERE c.reservation_id = l.reservation_id)
                ORDER BY l.ended_at LIMIT ?""", before, max);
        delete(connection, "DELETE FROM budget_charges WHERE reservation_id", ended);
        return delete(connection, "DELETE FROM budget_ledger WHERE state <> 'reserved' AND reservation_id", ended);
    }

    private static List<String> ids(Connection connection, String sql, Instant before, int max) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, before.toEpochMilli());
            select.setInt(2, max);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static int delete(Connection connection, String sql, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement delete = connection.prepareStatement(sql + " IN (" + "?, ".repeat(ids.size() - 1) + "?)")) {
            for (int i = 0; i < ids.size(); i++) {
                delete.setString(i + 1, ids.get(i));
            }
            return delete.executeUpdate();
        }
    }
}

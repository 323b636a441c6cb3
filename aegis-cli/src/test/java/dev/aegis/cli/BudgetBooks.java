package dev.aegis.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The budgets pack's counters and ledger, read straight from its store (not through the gateway),
 * with the pack's own definition of "a counter equals its ledger" ({@code LedgerAudit}): charges of
 * open reservations and leases count as {@code reserved}, those of ended ones as {@code spent}, and
 * what ended leases kept as {@code lapsed}.
 */
interface BudgetBooks {

    /** A counter's value, or the same recomputed from the ledger; amounts in the counter's unit (money in nano-units). */
    record Counter(long spent, long reserved, long lapsed) {

        long total() {
            return spent + reserved;
        }
    }

    /** Every counter in the store, by counter key. */
    Map<String, Counter> counters();

    /** The counter as its ledger rows add it up. */
    Counter fromLedger(String counterKey);

    /** Ids of the open ledger rows: reservations and leases not yet settled, released or lapsed. */
    Set<String> open();

    /** The SQL tables of SQLite or PostgreSQL. */
    static BudgetBooks sql(String jdbcUrl, String user) {
        return new BudgetBooks() {
            @Override
            public Map<String, Counter> counters() {
                Map<String, Counter> counters = new HashMap<>();
                query("SELECT counter_key, spent, reserved, lapsed FROM budget_counters", null,
                        row -> counters.put(row.getString(1), new Counter(row.getLong(2), row.getLong(3), row.getLong(4))));
                return counters;
            }

            @Override
            public Counter fromLedger(String counterKey) {
                Counter[] sum = new Counter[1];
                query("""
                        SELECT COALESCE(SUM(CASE WHEN l.state = 'reserved' THEN 0 ELSE c.charged END), 0),
                               COALESCE(SUM(CASE WHEN l.state = 'reserved' THEN c.reserved ELSE 0 END), 0),
                               COALESCE(SUM(CASE WHEN l.state <> 'reserved' AND l.reservation_id LIKE 'lease:%' THEN c.charged ELSE 0 END), 0)
                        FROM budget_charges c JOIN budget_ledger l ON l.reservation_id = c.reservation_id
                        WHERE c.counter_key = ?""", counterKey, row -> sum[0] = new Counter(row.getLong(1), row.getLong(2), row.getLong(3)));
                return sum[0];
            }

            @Override
            public Set<String> open() {
                Set<String> open = new HashSet<>();
                query("SELECT reservation_id FROM budget_ledger WHERE state = 'reserved'", null, row -> open.add(row.getString(1)));
                return open;
            }

            private void query(String sql, String parameter, RowReader reader) {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                        PreparedStatement select = connection.prepareStatement(sql)) {
                    if (parameter != null) {
                        select.setString(1, parameter);
                    }
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            reader.read(row);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the budgets store at " + jdbcUrl + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** The hashes of a Redis store under {@code {keyPrefix}:}. */
    static BudgetBooks redis(String keyPrefix) {
        return new RedisBudgetBooks(keyPrefix);
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}

package dev.aegis.pack.budgets.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables, the same SQL for SQLite and PostgreSQL; created when the store starts, idempotently.
 * Amounts are integers (money in nano-units of the currency) and times epoch milliseconds (UTC),
 * so both databases add and compare them exactly and alike.
 */
final class Schema {

    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE IF NOT EXISTS budget_counters (
              counter_key TEXT PRIMARY KEY,
              unit        TEXT NOT NULL,
              spent       BIGINT NOT NULL,
              reserved    BIGINT NOT NULL,
              resets_at   BIGINT NOT NULL,
              lapsed      BIGINT NOT NULL DEFAULT 0
            )""", """
            CREATE TABLE IF NOT EXISTS budget_ledger (
              reservation_id   TEXT PRIMARY KEY,
              run_id           TEXT NOT NULL,
              team             TEXT NOT NULL,
              principal_id     TEXT NOT NULL,
              model            TEXT NOT NULL,
              currency         TEXT NOT NULL,
              state            TEXT NOT NULL CHECK (state IN ('reserved', 'settled', 'released', 'expired')),
              estimated_cost   BIGINT NOT NULL,
              estimated_tokens BIGINT NOT NULL,
              actual_cost      BIGINT,
              actual_tokens    BIGINT,
              settled_model    TEXT,
              created_at       BIGINT NOT NULL,
              expires_at       BIGINT NOT NULL,
              ended_at         BIGINT,
              runs             BIGINT NOT NULL DEFAULT 1
            )""",
            "CREATE INDEX IF NOT EXISTS budget_ledger_open ON budget_ledger (state, expires_at)",
            "CREATE INDEX IF NOT EXISTS budget_ledger_run ON budget_ledger (run_id)", """
            CREATE TABLE IF NOT EXISTS budget_charges (
              reservation_id TEXT NOT NULL REFERENCES budget_ledger (reservation_id),
              counter_key    TEXT NOT NULL,
              unit           TEXT NOT NULL,
              reserved       BIGINT NOT NULL,
              charged        BIGINT,
              PRIMARY KEY (reservation_id, counter_key)
            )""",
            "CREATE INDEX IF NOT EXISTS budget_charges_counter ON budget_charges (counter_key)");

    private Schema() {}

    static Void create(Connection connection, String lock) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(lock);
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            if (!hasColumn(connection, "budget_counters", "lapsed")) {
                // a database made before leases existed
                statement.execute("ALTER TABLE budget_counters ADD COLUMN lapsed BIGINT NOT NULL DEFAULT 0");
            }
            if (!hasColumn(connection, "budget_ledger", "runs")) {
                // a database made before group commits summed settled runs
                statement.execute("ALTER TABLE budget_ledger ADD COLUMN runs BIGINT NOT NULL DEFAULT 1");
            }
        }
        return null;
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, column)) {
            return columns.next();
        }
    }
}

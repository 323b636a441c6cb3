package dev.aegis.runtime.durable.internal;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of durable runs, made on start if missing; the same statements serve SQLite and
 * PostgreSQL. Times are epoch milliseconds (UTC) in {@code BIGINT} columns, which both compare alike.
 */
public final class Schema {

    static final String CHECKPOINTS = "aegis_checkpoints";
    static final String APPROVALS = "aegis_approvals";
    static final String VOTES = "aegis_approval_votes";

    private Schema() {}

    public static void create(Database database) {
        List<String> statements = List.of(
                "CREATE TABLE IF NOT EXISTS " + CHECKPOINTS + " ("
                        + " id " + database.identityColumn() + ","
                        + " run_id VARCHAR(200) NOT NULL,"
                        + " checkpoint_id VARCHAR(64) NOT NULL,"
                        + " node_id VARCHAR(200) NOT NULL,"
                        + " next_node_id VARCHAR(200),"
                        + " payload " + database.bytesColumn() + " NOT NULL,"
                        + " created_at BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + CHECKPOINTS + "_run ON " + CHECKPOINTS + " (run_id, id)",
                "CREATE TABLE IF NOT EXISTS " + APPROVALS + " ("
                        + " run_id VARCHAR(200) PRIMARY KEY,"
                        + " route VARCHAR(200) NOT NULL,"
                        + " principal_id VARCHAR(200) NOT NULL,"
                        + " team VARCHAR(200) NOT NULL,"
                        + " reason TEXT NOT NULL,"
                        + " guard VARCHAR(200) NOT NULL,"
                        + " created_at BIGINT NOT NULL,"
                        + " expires_at BIGINT NOT NULL,"
                        + " status VARCHAR(16) NOT NULL,"
                        + " decided_by VARCHAR(200),"
                        + " decided_at BIGINT,"
                        + " rules TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS " + APPROVALS + "_status ON " + APPROVALS + " (status, expires_at)",
                // the approvals given so far to a run's pending request; cleared when the run pauses anew
                "CREATE TABLE IF NOT EXISTS " + VOTES + " ("
                        + " run_id VARCHAR(200) NOT NULL,"
                        + " approver VARCHAR(200) NOT NULL,"
                        + " approved_at BIGINT NOT NULL,"
                        + " PRIMARY KEY (run_id, approver))");
        // under the schema lock: gateways starting together on one PostgreSQL make the tables in turn
        Transactions.schema(database, "create the tables of durable runs", connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                // a store made by an earlier version has no rules column yet
                if (!hasColumn(connection, APPROVALS, "rules")) {
                    statement.execute("ALTER TABLE " + APPROVALS + " ADD COLUMN rules TEXT NOT NULL DEFAULT ''");
                }
            }
            return null;
        });
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, column)) {
            return columns.next();
        }
    }
}

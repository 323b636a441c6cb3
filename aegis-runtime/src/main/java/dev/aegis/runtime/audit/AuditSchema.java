package dev.aegis.runtime.audit;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The log's tables. An entry is one record of a run (all of its events not yet in the log,
 * together) or of an administrative action, and belongs to one chain; a chain's head keeps its last
 * position and hash, so deleting the newest entries shows; a chain's anchor keeps where its live entries continue
 * from once its oldest were archived ({@link AuditAnchors}). The per-event table of earlier versions
 * ({@code aegis_audit}) is left as it was: it is no longer written.
 */
final class AuditSchema {

    private AuditSchema() {}

    /** Creates the tables when missing, and the head of {@code chain} (a writer's) when it has none yet. */
    static void create(Database database, Optional<String> chain) throws SQLException {
        Transactions.schema(database, "create the audit log's tables", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_audit_entries ("
                        // SQLite: a plain rowid, without AUTOINCREMENT's extra write per insert (a deleted newest entry shows through its chain's head)
                        + "id " + (database.isSqlite() ? "INTEGER PRIMARY KEY" : database.identityColumn()) + ", "
                        + "chain VARCHAR(200) NOT NULL, position BIGINT NOT NULL, kind VARCHAR(20) NOT NULL, "
                        + "run_id VARCHAR(100) NOT NULL, first_seq INTEGER NOT NULL, event_count INTEGER NOT NULL, time_ms BIGINT NOT NULL, "
                        + "route VARCHAR(200) NOT NULL, principal VARCHAR(200) NOT NULL, team VARCHAR(200) NOT NULL, "
                        + "types TEXT NOT NULL, events TEXT NOT NULL, prev_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS aegis_audit_entries_run ON aegis_audit_entries (run_id)");
                statement.execute("CREATE INDEX IF NOT EXISTS aegis_audit_entries_time ON aegis_audit_entries (time_ms)");
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_audit_chains ("
                        + "chain VARCHAR(200) PRIMARY KEY, last_position BIGINT NOT NULL, last_hash CHAR(64) NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_audit_anchors ("
                        + "chain VARCHAR(200) PRIMARY KEY, position BIGINT NOT NULL, hash CHAR(64) NOT NULL)");
            }
            return null;
        });
        if (chain.isPresent()) {
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO aegis_audit_chains (chain, last_position, last_hash) "
                            + "VALUES (?, 0, '" + AuditHashes.GENESIS + "') ON CONFLICT DO NOTHING")) {
                insert.setString(1, chain.get());
                insert.executeUpdate();
            }
        }
    }
}

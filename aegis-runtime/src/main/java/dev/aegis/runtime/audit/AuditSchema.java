package dev.aegis.runtime.audit;

import dev.aegis.runtime.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The log's two tables: the rows, and the head (the last row's id and hash, so deleting the newest rows shows). */
final class AuditSchema {

    private AuditSchema() {}

    static void create(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS aegis_audit ("
                    + "id " + database.identityColumn() + ", "
                    + "run_id VARCHAR(100) NOT NULL, seq INTEGER NOT NULL, time_ms BIGINT NOT NULL, "
                    + "route VARCHAR(200) NOT NULL, principal VARCHAR(200) NOT NULL, team VARCHAR(200) NOT NULL, "
                    + "type VARCHAR(100) NOT NULL, source VARCHAR(300) NOT NULL, detail TEXT NOT NULL, attributes TEXT NOT NULL, "
                    + "prev_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL, UNIQUE (run_id, seq))");
            statement.execute("CREATE INDEX IF NOT EXISTS aegis_audit_time ON aegis_audit (time_ms)");
            statement.execute("CREATE TABLE IF NOT EXISTS aegis_audit_head ("
                    + "one INTEGER PRIMARY KEY CHECK (one = 1), last_id BIGINT NOT NULL, last_hash CHAR(64) NOT NULL)");
            statement.execute("INSERT INTO aegis_audit_head (one, last_id, last_hash) VALUES (1, 0, '" + AuditHashes.GENESIS + "') "
                    + "ON CONFLICT DO NOTHING");
        }
    }
}

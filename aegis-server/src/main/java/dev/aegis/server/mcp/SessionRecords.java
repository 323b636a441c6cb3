package dev.aegis.server.mcp;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MCP sessions in the state store, so that every gateway sharing it knows every session: a request
 * may land on any of them. A session is keyed by the SHA-256 of its id: a reader of
 * the store learns no id a client could present.
 */
final class SessionRecords {

    /**
     * What a gateway needs to take a session over.
     *
     * @param initialize the client's {@code initialize} parameters, as JSON
     * @param lastUsed a {@link McpSessions} recency stamp, microseconds since the epoch
     */
    record SessionRecord(String principal, String team, String initialize, long lastUsed) {}

    static final String TABLE = "aegis_mcp_sessions";

    private final Database database;

    private SessionRecords(Database database) {
        this.database = database;
    }

    static SessionRecords open(Database database) {
        Transactions.Work<Void> make = connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (session_key VARCHAR(64) PRIMARY KEY,"
                        + " principal VARCHAR(200) NOT NULL, team VARCHAR(200) NOT NULL, initialize TEXT NOT NULL, last_used BIGINT NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_principal ON " + TABLE + " (principal, team, last_used)");
            }
            return null;
        };
        Transactions.schema(database, "create the table of MCP sessions", make);
        return new SessionRecords(database);
    }

    void insert(String key, SessionRecord record) {
        Transactions.write(database, "store an MCP session", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (session_key, principal, team, initialize, last_used) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, record.principal());
                insert.setString(3, record.team());
                insert.setString(4, record.initialize());
                insert.setLong(5, record.lastUsed());
                return insert.executeUpdate();
            }
        });
    }

    Optional<SessionRecord> find(String key) {
        return Transactions.read(database, "read an MCP session", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT principal, team, initialize, last_used FROM " + TABLE + " WHERE session_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new SessionRecord(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)))
                            : Optional.<SessionRecord>empty();
                }
            }
        });
    }

    /** Marks the session used at {@code stamp}, unless a later use is already recorded. */
    void touch(String key, long stamp) {
        Transactions.write(database, "mark an MCP session used", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET last_used = ? WHERE session_key = ? AND last_used < ?")) {
                update.setLong(1, stamp);
                update.setString(2, key);
                update.setLong(3, stamp);
                return update.executeUpdate();
            }
        });
    }

    void delete(String key) {
        Transactions.write(database, "end an MCP session", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE session_key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    /** Ends the principal's sessions beyond its {@code keep} most recently used ones, and answers their keys. */
    List<String> keepNewest(String principal, String team, int keep) {
        return Transactions.write(database, "end a principal's oldest MCP sessions", connection -> {
            List<String> oldest = keys(connection, "SELECT session_key FROM " + TABLE
                    + " WHERE principal = ? AND team = ? ORDER BY last_used DESC", principal, team);
            List<String> ended = oldest.subList(Math.min(keep, oldest.size()), oldest.size());
            deleteAll(connection, ended);
            return List.copyOf(ended);
        });
    }

    /** Ends every session, on any gateway, last used before {@code stamp}, and answers their keys. */
    List<String> deleteUnusedSince(long stamp) {
        return Transactions.write(database, "end idle MCP sessions", connection -> {
            List<String> idle = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT session_key FROM " + TABLE + " WHERE last_used < ?")) {
                select.setLong(1, stamp);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        idle.add(row.getString(1));
                    }
                }
            }
            deleteAll(connection, idle);
            return idle;
        });
    }

    private static List<String> keys(Connection connection, String sql, String principal, String team) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, principal);
            select.setString(2, team);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
        }
        return keys;
    }

    private static void deleteAll(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE session_key = ?")) {
            for (String key : keys) {
                delete.setString(1, key);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}

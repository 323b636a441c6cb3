package dev.aegis.runtime.audit;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Appends runs' events to the chain in one transaction per batch: the head row is locked (SQLite's
 * write lock, PostgreSQL's row lock), so concurrent writers — other instances included — chain in
 * a single order. Events a run already has in the log (a paused run, recorded again when it ends)
 * are skipped.
 */
final class AuditWriter {

    private final Database database;

    AuditWriter(Database database) {
        this.database = database;
    }

    void append(List<RunState> runs) throws SQLException {
        Connection connection = database.beginWrite();
        try {
            String[] head = head(connection);
            long lastId = Long.parseLong(head[0]);
            String lastHash = head[1];
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO aegis_audit "
                    + "(run_id, seq, time_ms, route, principal, team, type, source, detail, attributes, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (RunState run : runs) {
                    Scrubber scrubber = new Scrubber(run.maskMap());
                    Principal principal = run.principal().orElse(null);
                    String who = principal == null ? "" : principal.id();
                    String team = principal == null ? "" : principal.team();
                    List<Event> events = run.events();
                    for (int seq = recorded(connection, run.runId()); seq < events.size(); seq++) {
                        Event event = events.get(seq);
                        String detail = scrubber.scrub(event.detail());
                        String attributes = AuditHashes.json(scrubber.scrub(event.attributes()));
                        long time = event.time().toEpochMilli();
                        String hash = AuditHashes.hash(lastHash, run.runId(), seq, time, run.route(), who, team,
                                event.type(), event.source(), detail, attributes);
                        bind(insert, run.runId(), seq, time, run.route(), who, team, event.type(), event.source(), detail, attributes, lastHash, hash);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            lastId = keys.getLong(1);
                        }
                        lastHash = hash;
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE aegis_audit_head SET last_id = ?, last_hash = ? WHERE one = 1")) {
                update.setLong(1, lastId);
                update.setString(2, lastHash);
                update.executeUpdate();
            }
            database.commit(connection);
        } catch (SQLException | RuntimeException e) {
            database.rollback(connection);
            throw e;
        } finally {
            connection.close();
        }
    }

    private String[] head(Connection connection) throws SQLException {
        String lock = database.isSqlite() ? "" : " FOR UPDATE";
        try (PreparedStatement select = connection.prepareStatement("SELECT last_id, last_hash FROM aegis_audit_head WHERE one = 1" + lock);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit head row is missing: the log was tampered with");
            }
            return new String[] {Long.toString(row.getLong(1)), row.getString(2)};
        }
    }

    private static int recorded(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq) + 1, 0) FROM aegis_audit WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement insert, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    /** Defence in depth: a masked value that slipped into an event is replaced by its placeholder. */
    private record Scrubber(dev.aegis.api.state.MaskMap masks) {
        String scrub(String text) {
            String result = text;
            for (Map.Entry<String, String> mask : masks.entries().entrySet()) {
                if (mask.getValue().length() >= 3 && result.contains(mask.getValue())) {
                    result = result.replace(mask.getValue(), mask.getKey());
                }
            }
            return result;
        }

        Map<String, String> scrub(Map<String, String> attributes) {
            if (masks.size() == 0) {
                return attributes;
            }
            Map<String, String> scrubbed = new java.util.LinkedHashMap<>();
            attributes.forEach((key, value) -> scrubbed.put(key, scrub(value)));
            return scrubbed;
        }
    }
}

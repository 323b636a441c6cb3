package dev.aegis.runtime.audit;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Appends a batch of runs and administrative actions to this writer's chain in one transaction: one
 * row per entry, inserted as one JDBC batch, and the chain's head moved once. The head row is locked
 * (SQLite's write lock, PostgreSQL's row lock), so two gateways misconfigured onto one chain still
 * chain in a single order; gateways on chains of their own never wait on one another. Events a run
 * already has in the log (a paused run, recorded again when it ends, here or on another gateway)
 * are skipped.
 */
final class AuditWriter {

    /** Bounds every statement, so a stuck store fails the batch rather than hold its submitters. */
    private static final int STATEMENT_TIMEOUT_SECONDS = 30;

    private static final String INSERT = "INSERT INTO aegis_audit_entries (chain, position, kind, run_id, first_seq, event_count, time_ms, "
            + "route, principal, team, types, events, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final String chain;

    AuditWriter(Database database, String chain) {
        this.database = database;
        this.chain = chain;
    }

    /** @param subjects {@link RunState}s and {@link AdminAction}s, in the order they are to be chained */
    void append(List<Object> subjects) throws SQLException {
        Connection connection = database.beginWrite();
        try {
            PreparedStatement select = connection.prepareStatement("SELECT last_position, last_hash FROM aegis_audit_chains WHERE chain = ?"
                    + (database.isSqlite() ? "" : " FOR UPDATE"));
            select.setString(1, chain);
            select.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            long position;
            String hash;
            try (select; ResultSet head = select.executeQuery()) {
                if (!head.next()) {
                    throw new SQLException("the head of audit chain '" + chain + "' is missing: the log was tampered with");
                }
                position = head.getLong(1);
                hash = head.getString(2).trim();
            }
            Map<String, Integer> recorded = recorded(connection, subjects);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
                for (Object subject : subjects) {
                    Optional<AuditEntry> entry = entry(subject, recorded);
                    if (entry.isEmpty()) {
                        continue;
                    }
                    position++;
                    String next = AuditHashes.hash(hash, chain, position, entry.get());
                    bind(insert, chain, position, entry.get().kind(), entry.get().subject(), entry.get().firstSeq(), entry.get().eventCount(),
                            entry.get().timeMillis(), entry.get().route(), entry.get().principal(), entry.get().team(), entry.get().types(),
                            entry.get().events(), hash, next);
                    insert.addBatch();
                    hash = next;
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE aegis_audit_chains SET last_position = ?, last_hash = ? WHERE chain = ?")) {
                update.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
                bind(update, position, hash, chain);
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

    private static Optional<AuditEntry> entry(Object subject, Map<String, Integer> recorded) {
        if (subject instanceof AdminAction action) {
            return Optional.of(AuditEntry.ofAdmin(action));
        }
        RunState run = (RunState) subject;
        Optional<AuditEntry> entry = AuditEntry.ofRun(run, recorded.getOrDefault(run.runId(), 0));
        // the same run twice in one batch: the second adds only what the first did not
        entry.ifPresent(written -> recorded.put(run.runId(), written.firstSeq() + written.eventCount()));
        return entry;
    }

    /** How many events each run of the batch already has in the log, in any chain: one query per batch. */
    private static Map<String, Integer> recorded(Connection connection, List<Object> subjects) throws SQLException {
        // only a run that paused can have been recorded before (when it paused); the rest need no look-up
        Set<String> runs = new LinkedHashSet<>();
        for (Object subject : subjects) {
            if (subject instanceof RunState run && paused(run)) {
                runs.add(run.runId());
            }
        }
        Map<String, Integer> recorded = new HashMap<>();
        if (runs.isEmpty()) {
            return recorded;
        }
        String sql = "SELECT run_id, MAX(first_seq + event_count) FROM aegis_audit_entries WHERE kind = 'run' AND run_id IN ("
                + "?, ".repeat(runs.size() - 1) + "?) GROUP BY run_id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            bind(select, runs.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    recorded.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return recorded;
    }

    private static boolean paused(RunState run) {
        for (Event event : run.events()) {
            if (event.type().equals(Event.PAUSED)) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}

package dev.aegis.runtime.durable.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of {@code aegis_checkpoints}: a run's checkpoints in the order they were written. */
final class CheckpointTable {

    /** One stored checkpoint, its payload still encoded. */
    record Row(String checkpointId, String nodeId, Optional<String> nextNodeId, byte[] payload) {}

    private static final String COLUMNS = "checkpoint_id, node_id, next_node_id, payload";

    private CheckpointTable() {}

    static void insert(Connection connection, String runId, Row row, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + Schema.CHECKPOINTS
                + " (run_id, " + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, runId);
            insert.setString(2, row.checkpointId());
            insert.setString(3, row.nodeId());
            insert.setString(4, row.nextNodeId().orElse(null));
            insert.setBytes(5, row.payload());
            insert.setLong(6, now);
            insert.executeUpdate();
        }
    }

    static Optional<Row> latest(Connection connection, String runId) throws SQLException {
        return first(query(connection, "WHERE run_id = ? ORDER BY id DESC", runId));
    }

    static Optional<Row> byId(Connection connection, String runId, String checkpointId) throws SQLException {
        return first(query(connection, "WHERE run_id = ? AND checkpoint_id = ? ORDER BY id DESC", runId, checkpointId));
    }

    /** Newest first, as LangGraph4j lists a thread's history. */
    static List<Row> all(Connection connection, String runId) throws SQLException {
        return query(connection, "WHERE run_id = ? ORDER BY id DESC", runId);
    }

    static int deleteRun(Connection connection, String runId) throws SQLException {
        return delete(connection, "WHERE run_id = ?", runId);
    }

    static int deleteOne(Connection connection, String runId, String checkpointId) throws SQLException {
        return delete(connection, "WHERE run_id = ? AND checkpoint_id = ?", runId, checkpointId);
    }

    private static List<Row> query(Connection connection, String where, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + Schema.CHECKPOINTS + " " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), Optional.ofNullable(result.getString(3)), result.getBytes(4)));
                }
            }
            return rows;
        }
    }

    private static int delete(Connection connection, String where, String... parameters) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + Schema.CHECKPOINTS + " " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                delete.setString(i + 1, parameters[i]);
            }
            return delete.executeUpdate();
        }
    }

    private static Optional<Row> first(List<Row> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}

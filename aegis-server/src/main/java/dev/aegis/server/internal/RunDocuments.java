package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.store.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Run documents that must outlive the process: runs that paused and runs resumed after a pause,
 * so {@code GET /v1/runs/{id}} answers after a restart and on any instance sharing the store.
 * Fast-path runs stay in memory only ({@link RunStore}).
 */
public final class RunDocuments {

    private final Database database;

    public RunDocuments(Database database) {
        this.database = database;
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS aegis_run_documents (run_id VARCHAR(100) PRIMARY KEY, "
                    + "principal VARCHAR(200) NOT NULL, status VARCHAR(20) NOT NULL, document TEXT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the run documents table: " + e.getMessage(), e);
        }
    }

    public void save(RunResult result) {
        String principal = result.state().principal().map(Principal::id).orElse("");
        String document = new String(RunDocument.of(result), StandardCharsets.UTF_8);
        String status = result.status().name().toLowerCase(java.util.Locale.ROOT);
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE aegis_run_documents SET status = ?, document = ? WHERE run_id = ?")) {
                update.setString(1, status);
                update.setString(2, document);
                update.setString(3, result.state().runId());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO aegis_run_documents (run_id, principal, status, document) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, result.state().runId());
                insert.setString(2, principal);
                insert.setString(3, status);
                insert.setString(4, document);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ApiError(503, "service_unavailable", "state_unavailable", "The run could not be stored: " + e.getMessage(), Optional.empty());
        }
    }

    /** The stored document, for its own principal or anyone when {@code anyone} is true. */
    public Optional<String> get(String runId, Principal principal, boolean anyone) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT principal, document FROM aegis_run_documents WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && (anyone || row.getString(1).equals(principal.id()))) {
                    return Optional.of(row.getString(2));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new ApiError(503, "service_unavailable", "state_unavailable", "The run could not be read: " + e.getMessage(), Optional.empty());
        }
    }

    public Optional<String> status(String runId) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT status FROM aegis_run_documents WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}

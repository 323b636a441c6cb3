package dev.aegis.server.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run documents that must outlive the process: runs that paused and runs resumed after a pause,
 * so {@code GET /v1/runs/{id}} answers after a restart and on any instance sharing the store.
 * Fast-path runs stay in memory only ({@link RunStore}).
 *
 * <p>A document is stored as the model saw the run: its output with placeholders where the egress
 * steps restored personal data ({@link MaskedOutput}). The originals it needs are kept beside it,
 * sealed with the state store's key like the mask map in checkpoints, and restored only for a
 * reader allowed to see them.
 */
public final class RunDocuments {

    /** Where the sealed originals are kept, as the cipher's associated data names it. */
    static final String SLOT = "run-document.originals";
    private static final TypeReference<Map<String, String>> ORIGINALS = new TypeReference<>() {};
    private static final Logger LOG = Logger.getLogger(RunDocuments.class.getName());

    private final Database database;
    private final DurableStore store;

    public RunDocuments(DurableStore store) {
        this.database = store.database();
        this.store = store;
        createTable(database);
    }

    /** Makes the table when missing, and adds the columns later versions need; gateways starting together take turns. */
    static void createTable(Database database) {
        Transactions.schema(database, "create the run documents table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_run_documents (run_id VARCHAR(100) PRIMARY KEY, "
                        + "principal VARCHAR(200) NOT NULL, status VARCHAR(20) NOT NULL, document TEXT NOT NULL, originals "
                        + database.bytesColumn() + ", saved_at BIGINT)");
                addOriginalsColumn(database, connection, statement);
                RunDocumentRetention.addSavedAtColumn(database, connection, statement);
            }
            return null;
        });
    }

    /** A stored run: who it ran for and its document as the model saw it. */
    public record Stored(String runId, String principal, String document, Optional<byte[]> sealedOriginals) {}

    public void save(RunResult result) {
        String runId = result.state().runId();
        String principal = result.state().principal().map(Principal::id).orElse("");
        Optional<MaskedOutput.Masked> masked = result.answer().map(answer -> MaskedOutput.mask(answer, result.state().maskMap()));
        String document = new String(RunDocument.of(result, masked.map(MaskedOutput.Masked::message)), StandardCharsets.UTF_8);
        byte[] sealed = masked.map(MaskedOutput.Masked::originals).filter(originals -> !originals.isEmpty())
                .map(originals -> store.seal(runId, SLOT, Json.bytes(json -> {
                    json.writeStartObject();
                    for (Map.Entry<String, String> original : originals.entrySet()) {
                        json.writeStringField(original.getKey(), original.getValue());
                    }
                    json.writeEndObject();
                })))
                .orElse(null);
        String status = result.status().name().toLowerCase(Locale.ROOT);
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE aegis_run_documents SET status = ?, document = ?, originals = ?, saved_at = ? WHERE run_id = ?")) {
                update.setString(1, status);
                update.setString(2, document);
                update.setBytes(3, sealed);
                update.setLong(4, System.currentTimeMillis());
                update.setString(5, runId);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO aegis_run_documents (run_id, principal, status, document, originals, saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, runId);
                insert.setString(2, principal);
                insert.setString(3, status);
                insert.setString(4, document);
                insert.setBytes(5, sealed);
                insert.setLong(6, System.currentTimeMillis());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ApiError(503, "service_unavailable", "state_unavailable", "The run could not be stored: " + e.getMessage(), Optional.empty());
        }
    }

    public Optional<Stored> get(String runId) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT principal, document, originals FROM aegis_run_documents WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(runId, row.getString(1), row.getString(2), Optional.ofNullable(row.getBytes(3))));
            }
        } catch (SQLException e) {
            throw new ApiError(503, "service_unavailable", "state_unavailable", "The run could not be read: " + e.getMessage(), Optional.empty());
        }
    }

    /** The document with its originals restored: as the run's caller was answered. */
    public byte[] restored(Stored stored) {
        byte[] document = stored.document().getBytes(StandardCharsets.UTF_8);
        if (stored.sealedOriginals().isEmpty()) {
            return document;
        }
        try {
            Map<String, String> originals = Json.MAPPER.readValue(store.open(stored.runId(), SLOT, stored.sealedOriginals().get()), ORIGINALS);
            JsonNode root = Json.MAPPER.readTree(document);
            if (root.path("output") instanceof ObjectNode output) {
                if (output.path("content").isTextual()) {
                    output.put("content", MaskedOutput.restore(output.path("content").asText(), originals));
                }
                for (JsonNode call : output.path("tool_calls")) {
                    if (call.path("function") instanceof ObjectNode function && function.path("arguments").isTextual()) {
                        function.put("arguments", MaskedOutput.restoreArguments(function.path("arguments").asText(), originals));
                    }
                }
            }
            return Json.MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored document of run " + stored.runId() + " cannot be read", e);
        } catch (IllegalStateException e) {
            // sealed with another key: instances sharing the store must share state.encryption-key
            LOG.log(Level.WARNING, e.getMessage());
            throw new ApiError(503, "service_unavailable", "state_unavailable",
                    "The run's stored document cannot be restored on this gateway.", Optional.empty());
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

    // Tables made before documents were stored masked have no column for the sealed originals.
    private static void addOriginalsColumn(Database database, Connection connection, Statement statement) throws SQLException {
        if (!database.isSqlite()) {
            statement.execute("ALTER TABLE aegis_run_documents ADD COLUMN IF NOT EXISTS originals " + database.bytesColumn());
            return;
        }
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "aegis_run_documents", "originals")) {
            if (columns.next()) {
                return;
            }
        }
        try {
            statement.execute("ALTER TABLE aegis_run_documents ADD COLUMN originals " + database.bytesColumn());
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("duplicate column")) {
                throw e;
            }
        }
    }
}

package dev.aegis.server.internal;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Retention for stored run documents: those last written before a cutoff go, a paused run's never. */
public final class RunDocumentRetention {

    private static final String DUE = " WHERE saved_at < ? AND status <> 'paused'";

    private final Database database;

    public RunDocumentRetention(Database database) {
        this.database = database;
        RunDocuments.createTable(database);
    }

    /** Deletes up to {@code max} documents last written before {@code before}; how many. */
    public int deleteBefore(Instant before, int max) {
        List<String> due = Transactions.read(database, "list old run documents", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT run_id FROM aegis_run_documents" + DUE
                    + " ORDER BY saved_at LIMIT ?")) {
                select.setLong(1, before.toEpochMilli());
                select.setInt(2, max);
                List<String> runs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        runs.add(rows.getString(1));
                    }
                }
                return runs;
            }
        });
        if (due.isEmpty()) {
            return 0;
        }
        // the condition again: a run resumed since it was listed was written anew
        return Transactions.write(database, "delete old run documents", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aegis_run_documents" + DUE
                    + " AND run_id IN (" + "?, ".repeat(due.size() - 1) + "?)")) {
                delete.setLong(1, before.toEpochMilli());
                for (int i = 0; i < due.size(); i++) {
                    delete.setString(i + 2, due.get(i));
                }
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Tables made before documents were dated have no {@code saved_at}: their documents are dated
     * when the column is added, so retention counts from the upgrade rather than deleting them at once.
     */
    static void addSavedAtColumn(Database database, Connection connection, Statement statement) throws SQLException {
        if (!database.isSqlite()) {
            statement.execute("ALTER TABLE aegis_run_documents ADD COLUMN IF NOT EXISTS saved_at BIGINT");
        } else {
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, "aegis_run_documents", "saved_at")) {
                if (!columns.next()) {
                    try {
                        statement.execute("ALTER TABLE aegis_run_documents ADD COLUMN saved_at BIGINT");
                    } catch (SQLException e) {
                        if (!String.valueOf(e.getMessage()).contains("duplicate column")) {
                            throw e;
                        }
                    }
                }
            }
        }
        statement.execute("CREATE INDEX IF NOT EXISTS aegis_run_documents_saved ON aegis_run_documents (saved_at)");
        statement.execute("UPDATE aegis_run_documents SET saved_at = " + System.currentTimeMillis() + " WHERE saved_at IS NULL");
    }
}

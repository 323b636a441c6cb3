package dev.aegis.server.vectors;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * File batches ({@code vector_store.files_batch}): which files one call attached, so that a client polling the
 * batch ({@code fileBatches.createAndPoll}) finds it. The files' own state is in {@link AttachedFiles}.
 */
public final class FileBatches {

    private final Database database;

    public FileBatches(Database database) {
        this.database = database;
        Transactions.schema(database, "create the file batches table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_vector_store_file_batches (id VARCHAR(64) PRIMARY KEY, "
                        + "vector_store_id VARCHAR(64) NOT NULL, file_ids TEXT NOT NULL, created_at BIGINT NOT NULL)");
            }
            return null;
        });
    }

    /** A batch: its files, in the order given. */
    public record FileBatch(String id, String vectorStoreId, List<String> fileIds, Instant createdAt) {
        public FileBatch {
            fileIds = List.copyOf(fileIds);
        }
    }

    public void save(FileBatch batch) {
        Transactions.write(database, "store the file batch", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO aegis_vector_store_file_batches (id, vector_store_id, file_ids, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, batch.id());
                insert.setString(2, batch.vectorStoreId());
                insert.setString(3, String.join(",", batch.fileIds()));
                insert.setLong(4, batch.createdAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    public Optional<FileBatch> find(String vectorStoreId, String id) {
        return Transactions.read(database, "read the file batch", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT file_ids, created_at FROM aegis_vector_store_file_batches WHERE id = ? AND vector_store_id = ?")) {
                select.setString(1, id);
                select.setString(2, vectorStoreId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    List<String> files = row.getString(1).isEmpty() ? List.of() : Arrays.asList(row.getString(1).split(","));
                    return Optional.of(new FileBatch(id, vectorStoreId, files, Instant.ofEpochMilli(row.getLong(2))));
                }
            }
        });
    }

    /** Forgets the batches of a deleted vector store. */
    public void deleteStore(String vectorStoreId) {
        Transactions.write(database, "delete the vector store's file batches", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aegis_vector_store_file_batches WHERE vector_store_id = ?")) {
                delete.setString(1, vectorStoreId);
                return delete.executeUpdate();
            }
        });
    }
}

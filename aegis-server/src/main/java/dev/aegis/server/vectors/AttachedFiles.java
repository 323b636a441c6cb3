package dev.aegis.server.vectors;

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
import java.util.Optional;

/**
 * Files attached to vector stores ({@code vector_store.file}): their ingestion status, error, attributes and
 * chunking, in the state store beside the files. The chunks themselves live in the vector store.
 */
public final class AttachedFiles {

    private final Database database;

    public AttachedFiles(Database database) {
        this.database = database;
        Transactions.schema(database, "create the vector store files table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_vector_store_files (vector_store_id VARCHAR(64) NOT NULL, "
                        + "file_id VARCHAR(64) NOT NULL, status VARCHAR(20) NOT NULL, error_code VARCHAR(40), error_message VARCHAR(1000), "
                        + "attributes TEXT NOT NULL, chunk_tokens INTEGER NOT NULL, overlap_tokens INTEGER NOT NULL, usage_bytes BIGINT NOT NULL, "
                        + "chunks INTEGER NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (vector_store_id, file_id))");
                statement.execute("CREATE INDEX IF NOT EXISTS aegis_vector_store_files_file ON aegis_vector_store_files (file_id)");
            }
            return null;
        });
    }

    /** Why an ingestion failed: {@code code} is OpenAI's ({@code server_error}, {@code unsupported_file}, {@code invalid_file}). */
    public record LastError(String code, String message) {}

    /**
     * A file attached to a vector store.
     *
     * @param status {@code in_progress}, {@code completed} or {@code failed}
     * @param attributes the attributes as a JSON object's text
     */
    public record AttachedFile(String vectorStoreId, String fileId, String status, Optional<LastError> lastError, String attributes,
            int chunkTokens, int overlapTokens, long usageBytes, int chunks, Instant createdAt) {

        public AttachedFile finished(String newStatus, Optional<LastError> error, long newUsageBytes, int newChunks) {
            return new AttachedFile(vectorStoreId, fileId, newStatus, error, attributes, chunkTokens, overlapTokens, newUsageBytes, newChunks, createdAt);
        }
    }

    /** Stores the attachment, replacing the one of the same store and file. */
    public void put(AttachedFile file) {
        Transactions.write(database, "store the vector store file", connection -> {
            delete(connection, file.vectorStoreId(), file.fileId());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO aegis_vector_store_files (vector_store_id, file_id, status, "
                    + "error_code, error_message, attributes, chunk_tokens, overlap_tokens, usage_bytes, chunks, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, file.vectorStoreId());
                insert.setString(2, file.fileId());
                insert.setString(3, file.status());
                insert.setString(4, file.lastError().map(LastError::code).orElse(null));
                insert.setString(5, file.lastError().map(LastError::message).orElse(null));
                insert.setString(6, file.attributes());
                insert.setInt(7, file.chunkTokens());
                insert.setInt(8, file.overlapTokens());
                insert.setLong(9, file.usageBytes());
                insert.setInt(10, file.chunks());
                insert.setLong(11, file.createdAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    public Optional<AttachedFile> find(String vectorStoreId, String fileId) {
        List<AttachedFile> found = select("vector_store_id = ? AND file_id = ?", vectorStoreId, fileId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The files of a vector store, oldest first. */
    public List<AttachedFile> ofStore(String vectorStoreId) {
        return select("vector_store_id = ?", vectorStoreId);
    }

    /** Every attachment of a file, to any vector store. */
    public List<AttachedFile> ofFile(String fileId) {
        return select("file_id = ?", fileId);
    }

    public boolean delete(String vectorStoreId, String fileId) {
        return Transactions.write(database, "delete the vector store file", connection -> delete(connection, vectorStoreId, fileId) > 0);
    }

    /** Forgets every file of a deleted vector store. */
    public void deleteStore(String vectorStoreId) {
        Transactions.write(database, "delete the vector store's files", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aegis_vector_store_files WHERE vector_store_id = ?")) {
                delete.setString(1, vectorStoreId);
                return delete.executeUpdate();
            }
        });
    }

    private static int delete(Connection connection, String vectorStoreId, String fileId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aegis_vector_store_files WHERE vector_store_id = ? AND file_id = ?")) {
            delete.setString(1, vectorStoreId);
            delete.setString(2, fileId);
            return delete.executeUpdate();
        }
    }

    private List<AttachedFile> select(String where, String... values) {
        return Transactions.read(database, "read the vector store files", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT vector_store_id, file_id, status, error_code, error_message, attributes, "
                    + "chunk_tokens, overlap_tokens, usage_bytes, chunks, created_at FROM aegis_vector_store_files WHERE " + where
                    + " ORDER BY created_at, file_id")) {
                for (int i = 0; i < values.length; i++) {
                    select.setString(i + 1, values[i]);
                }
                List<AttachedFile> files = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Optional<LastError> error = row.getString(4) == null ? Optional.empty()
                                : Optional.of(new LastError(row.getString(4), row.getString(5)));
                        files.add(new AttachedFile(row.getString(1), row.getString(2), row.getString(3), error, row.getString(6), row.getInt(7),
                                row.getInt(8), row.getLong(9), row.getInt(10), Instant.ofEpochMilli(row.getLong(11))));
                    }
                }
                return files;
            }
        });
    }
}

package dev.aegis.server.vectors;

import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import dev.aegis.server.internal.ApiError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded files ({@code /v1/files}), in the gateway's state store rather than the data directory: every
 * gateway sharing a PostgreSQL store then serves every file's content and can ingest it, and SQLite keeps
 * them in the one private ({@code 0600}) database file. The content is sealed with the store's key, like
 * the mask map in checkpoints, so a copy of the database does not give the documents away.
 */
public final class StoredFiles {

    /** Where the sealed content is kept, as the cipher's associated data names it. */
    static final String SLOT = "file.content";

    private final DurableStore store;
    private final Database database;

    public StoredFiles(DurableStore store) {
        this.store = store;
        this.database = store.database();
        Transactions.schema(database, "create the files table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_files (id VARCHAR(64) PRIMARY KEY, owner VARCHAR(300) NOT NULL, "
                        + "filename VARCHAR(1024) NOT NULL, purpose VARCHAR(40) NOT NULL, bytes BIGINT NOT NULL, created_at BIGINT NOT NULL, content "
                        + database.bytesColumn() + " NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS aegis_files_owner ON aegis_files (owner)");
            }
            return null;
        });
    }

    /**
     * An uploaded file.
     *
     * @param owner the access token of who may use it: the uploader's team, or the uploader when it has none
     */
    public record StoredFile(String id, String owner, String filename, String purpose, long bytes, Instant createdAt) {}

    public void save(StoredFile file, byte[] content) {
        byte[] sealed = store.seal(file.id(), SLOT, content);
        Transactions.write(database, "store the file", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO aegis_files (id, owner, filename, purpose, bytes, created_at, content) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, file.id());
                insert.setString(2, file.owner());
                insert.setString(3, file.filename());
                insert.setString(4, file.purpose());
                insert.setLong(5, file.bytes());
                insert.setLong(6, file.createdAt().toEpochMilli());
                insert.setBytes(7, sealed);
                return insert.executeUpdate();
            }
        });
    }

    public Optional<StoredFile> find(String id) {
        return Transactions.read(database, "read the file", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, owner, filename, purpose, bytes, created_at FROM aegis_files WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(file(row)) : Optional.empty();
                }
            }
        });
    }

    /** The files of any of {@code owners}, oldest first. */
    public List<StoredFile> list(Collection<String> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(owners.size(), "?"));
        return Transactions.read(database, "list the files", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, owner, filename, purpose, bytes, created_at FROM aegis_files "
                    + "WHERE owner IN (" + marks + ") ORDER BY created_at, id")) {
                int index = 1;
                for (String owner : owners) {
                    select.setString(index++, owner);
                }
                List<StoredFile> files = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        files.add(file(row));
                    }
                }
                return files;
            }
        });
    }

    /** The file's content as it was uploaded. */
    public byte[] content(String id) {
        byte[] sealed = Transactions.read(database, "read the file", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM aegis_files WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new java.util.NoSuchElementException("no file " + id);
                    }
                    return row.getBytes(1);
                }
            }
        });
        try {
            return store.open(id, SLOT, sealed);
        } catch (IllegalStateException e) {
            throw new ApiError(500, "server_error", "file_unreadable", "The file was sealed with another key: give every gateway sharing the "
                    + "state store the same state.encryption-key.", Optional.empty());
        }
    }

    public boolean delete(String id) {
        return Transactions.write(database, "delete the file", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aegis_files WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static StoredFile file(ResultSet row) throws SQLException {
        return new StoredFile(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                Instant.ofEpochMilli(row.getLong(6)));
    }
}

package dev.aegis.client.model;

import java.util.Objects;
import java.util.Optional;

/** A file attached to a collection: {@code in_progress} while it is indexed, then {@code completed} or {@code failed}. */
public record VectorStoreFile(String id, long usageBytes, long createdAt, String vectorStoreId, String status, Optional<LastError> lastError) {

    /** The document's constant {@code object}. */
    public static final String OBJECT = "vector_store.file";

    public VectorStoreFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vectorStoreId, "vectorStoreId");
        Objects.requireNonNull(status, "status");
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
    }

    /** Why indexing the file failed. */
    public record LastError(String code, String message) {}
}

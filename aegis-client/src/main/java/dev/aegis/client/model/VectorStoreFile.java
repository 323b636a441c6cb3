package dev.aegis.client.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A file attached to a collection: {@code in_progress} while it is indexed, then {@code completed} or {@code failed}. */
public record VectorStoreFile(
        String id,
        long usageBytes,
        long createdAt,
        String vectorStoreId,
        VectorStoreFileStatus status,
        Optional<LastError> lastError,
        Map<String, Object> chunkingStrategy,
        Map<String, Object> attributes) {

    /** The document's constant {@code object}. */
    public static final String OBJECT = "vector_store.file";

    public VectorStoreFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vectorStoreId, "vectorStoreId");
        Objects.requireNonNull(status, "status");
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
        chunkingStrategy = Map.copyOf(Objects.requireNonNullElse(chunkingStrategy, Map.of()));
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
    }

    /** Why indexing the file failed. */
    public record LastError(FileErrorCode code, String message) {

        public LastError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}

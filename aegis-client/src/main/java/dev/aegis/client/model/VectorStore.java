package dev.aegis.client.model;

import java.util.Map;
import java.util.Objects;

/** A collection: an OpenAI-compatible vector store whose files are chunked, embedded and searchable. */
public record VectorStore(
        String id,
        long createdAt,
        String name,
        long usageBytes,
        FileCounts fileCounts,
        VectorStoreStatus status,
        long lastActiveAt,
        Map<String, String> metadata) {

    /** The document's constant {@code object}. */
    public static final String OBJECT = "vector_store";

    public VectorStore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileCounts, "fileCounts");
        Objects.requireNonNull(status, "status");
        metadata = Map.copyOf(Objects.requireNonNullElse(metadata, Map.of()));
    }

    public record FileCounts(long inProgress, long completed, long failed, long cancelled, long total) {}
}

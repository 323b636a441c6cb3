package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * A search result; higher scores are better. Scores are comparable within one search only (a hybrid
 * search's are fused ranks, a vector search's similarities).
 */
@API(status = API.Status.EXPERIMENTAL)
public record ScoredRecord(String collection, VectorRecord record, double score) {

    public ScoredRecord {
        requireNonNull(collection, "collection");
        requireNonNull(record, "record");
    }
}

package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/** A search result; higher scores are better. */
@API(status = API.Status.STABLE)
public record ScoredRecord(VectorRecord record, double score) {

    public ScoredRecord {
        requireNonNull(record, "record");
    }
}

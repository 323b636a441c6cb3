package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Map;

/**
 * A stored chunk: its vector, its text and metadata filters can match (by convention {@code document}
 * for the document it was cut from and {@code chunk} for its position there). The vector must not be modified.
 */
@API(status = API.Status.EXPERIMENTAL)
public record VectorRecord(String id, float[] vector, String text, Map<String, String> metadata) {

    /** The metadata key naming the document a chunk was cut from. */
    public static final String DOCUMENT = "document";
    /** The metadata key of a chunk's position in its document, from 0. */
    public static final String CHUNK = "chunk";

    public VectorRecord {
        requireNonNull(id, "id");
        requireNonNull(vector, "vector");
        requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
    }
}

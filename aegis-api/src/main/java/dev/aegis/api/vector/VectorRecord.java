package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Map;

/** A stored chunk: its vector, its text and metadata filters can match. The vector must not be modified. */
@API(status = API.Status.STABLE)
public record VectorRecord(String id, float[] vector, String text, Map<String, String> metadata) {

    public VectorRecord {
        requireNonNull(id, "id");
        requireNonNull(vector, "vector");
        requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
    }
}

package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Map;

/**
 * @param text the query text, for stores that also rank by keywords; may be empty
 * @param filter metadata every result must have
 */
@API(status = API.Status.STABLE)
public record VectorQuery(String collection, float[] vector, String text, int topK, Map<String, String> filter) {

    public VectorQuery {
        requireNonNull(collection, "collection");
        requireNonNull(vector, "vector");
        requireNonNull(text, "text");
        filter = Map.copyOf(filter);
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1");
        }
    }
}

package dev.aegis.api.vector;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search over one or more collections, on behalf of a reader.
 *
 * @param collections the collections searched; a collection the reader may not read is skipped as if it
 *     were empty (never an error that would tell it exists)
 * @param vector the query's embedding; empty for a keyword-only search
 * @param text the query text, for stores that also rank by keywords; may be empty for a vector-only search
 * @param filter metadata every result must have (equality on each entry)
 * @param readers the caller's access tokens ({@link Readers#of}); only records of collections whose
 *     readers meet them are candidates, filtered inside the search so they never take a place in the top k
 * @param mode how to rank
 */
@API(status = API.Status.EXPERIMENTAL)
public record VectorQuery(List<String> collections, float[] vector, String text, int topK, Map<String, String> filter, Set<String> readers,
        Mode mode) {

    /** How a store ranks. */
    public enum Mode {
        /** The vector and the text both, fused (e.g. reciprocal-rank fusion); what retrieval uses. */
        HYBRID,
        /** Nearest vectors only. */
        VECTOR,
        /** Keyword relevance (e.g. BM25) only. */
        KEYWORD
    }

    public VectorQuery {
        collections = List.copyOf(collections);
        requireNonNull(vector, "vector");
        requireNonNull(text, "text");
        filter = Map.copyOf(filter);
        readers = Set.copyOf(readers);
        requireNonNull(mode, "mode");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1");
        }
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("a query searches at least one collection");
        }
        if (mode != Mode.KEYWORD && vector.length == 0) {
            throw new IllegalArgumentException(mode + " search needs the query's vector");
        }
        if (mode != Mode.VECTOR && text.isBlank()) {
            throw new IllegalArgumentException(mode + " search needs the query's text");
        }
    }

    /** A hybrid search with no metadata filter. */
    public static VectorQuery hybrid(List<String> collections, float[] vector, String text, int topK, Set<String> readers) {
        return new VectorQuery(collections, vector, text, topK, Map.of(), readers, Mode.HYBRID);
    }

    public VectorQuery withMode(Mode newMode) {
        return new VectorQuery(collections, vector, text, topK, filter, readers, newMode);
    }

    public VectorQuery withFilter(Map<String, String> newFilter) {
        return new VectorQuery(collections, vector, text, topK, newFilter, readers, mode);
    }
}

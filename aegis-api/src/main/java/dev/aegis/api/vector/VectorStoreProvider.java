package dev.aegis.api.vector;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and searches vectors and their text, per named collection. Thread-safe; calls block.
 * A write is visible to searches on this gateway when the call returns (and on other gateways sharing
 * the store once they have caught up, for stores that are shared).
 */
@API(status = API.Status.EXPERIMENTAL)
public interface VectorStoreProvider {

    /**
     * Creates {@code collection}, or updates the readers and metadata of the one with its name (the
     * readers of its records change with it). A collection of the same name with other dimensions is an
     * {@link IllegalArgumentException}.
     */
    VectorCollection putCollection(VectorCollection collection);

    Optional<VectorCollection> collection(String name);

    /** Every collection, in name order. */
    List<VectorCollection> collections();

    /** Deletes the collection and its records; false when there was none. */
    boolean dropCollection(String name);

    /**
     * Inserts or replaces records by id, all or none. The collection must exist ({@link java.util.NoSuchElementException}
     * otherwise) and each vector must have its dimensions ({@link IllegalArgumentException}).
     */
    void upsert(String collection, List<VectorRecord> records);

    /** The best matches, best first, at most {@code topK}. */
    List<ScoredRecord> search(VectorQuery query);

    void delete(String collection, List<String> ids);

    /** Deletes every record whose metadata has each entry of {@code filter}, e.g. a document's chunks; the count deleted. */
    long deleteWhere(String collection, Map<String, String> filter);

    /** How many records of the collection have each entry of {@code filter} (all of them for an empty filter). */
    long count(String collection, Map<String, String> filter);
}

package dev.aegis.api.vector;

import dev.aegis.api.API;
import java.util.List;

/** Stores and searches vectors, per named collection. Thread-safe. */
@API(status = API.Status.STABLE)
public interface VectorStoreProvider {

    /** Inserts or replaces records by id. */
    void upsert(String collection, List<VectorRecord> records);

    /** The best matches, best first. */
    List<ScoredRecord> search(VectorQuery query);

    void delete(String collection, List<String> ids);
}

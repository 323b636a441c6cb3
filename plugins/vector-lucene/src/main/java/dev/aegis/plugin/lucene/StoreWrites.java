package dev.aegis.plugin.lucene;

import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link LuceneVectorStore}'s writes go: straight into the local index, or first into PostgreSQL.
 * Either way a write is visible to this gateway's searches when the call returns.
 */
interface StoreWrites extends AutoCloseable {

    VectorCollection putCollection(VectorCollection collection);

    boolean dropCollection(String name);

    void upsert(String collection, List<VectorRecord> records);

    void delete(String collection, List<String> ids);

    long deleteWhere(String collection, Map<String, String> filter);

    @Override
    void close();
}

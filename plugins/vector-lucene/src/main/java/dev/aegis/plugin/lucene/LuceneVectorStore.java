package dev.aegis.plugin.lucene;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.plugin.lucene.internal.ChunkIndex;
import dev.aegis.plugin.lucene.internal.WriteChecks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code lucene} vector store: chunks, their vectors (HNSW, cosine) and their text (BM25) in one
 * Lucene index, searched with the caller's access tokens inside the query. Reads always go to the local
 * index; writes go through {@link StoreWrites} (the index itself, or PostgreSQL first when shared).
 * Thread-safe; closing it commits and closes the index.
 */
public final class LuceneVectorStore implements VectorStoreProvider, AutoCloseable {

    private final ChunkIndex index;
    private final StoreWrites writes;

    LuceneVectorStore(ChunkIndex index, StoreWrites writes) {
        this.index = requireNonNull(index, "index");
        this.writes = requireNonNull(writes, "writes");
    }

    @Override
    public VectorCollection putCollection(VectorCollection collection) {
        return writes.putCollection(requireNonNull(collection, "collection"));
    }

    @Override
    public Optional<VectorCollection> collection(String name) {
        return index.collection(name);
    }

    @Override
    public List<VectorCollection> collections() {
        return index.collections();
    }

    @Override
    public boolean dropCollection(String name) {
        return writes.dropCollection(requireNonNull(name, "name"));
    }

    @Override
    public void upsert(String collection, List<VectorRecord> records) {
        if (!records.isEmpty()) {
            writes.upsert(requireNonNull(collection, "collection"), List.copyOf(records));
        } else if (index.collection(collection).isEmpty()) {
            WriteChecks.existing(Optional.empty(), collection);
        }
    }

    @Override
    public List<ScoredRecord> search(VectorQuery query) {
        return index.search(requireNonNull(query, "query"));
    }

    @Override
    public void delete(String collection, List<String> ids) {
        if (!ids.isEmpty()) {
            writes.delete(requireNonNull(collection, "collection"), List.copyOf(ids));
        }
    }

    @Override
    public long deleteWhere(String collection, Map<String, String> filter) {
        return writes.deleteWhere(requireNonNull(collection, "collection"), Map.copyOf(filter));
    }

    @Override
    public long count(String collection, Map<String, String> filter) {
        return index.count(requireNonNull(collection, "collection"), Map.copyOf(filter));
    }

    @Override
    public void close() {
        try {
            writes.close();
        } finally {
            index.close();
        }
    }

    @Override
    public String toString() {
        return "LuceneVectorStore" + index.collections().stream().map(VectorCollection::name).toList();
    }
}

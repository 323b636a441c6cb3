package dev.aegis.pack.rag;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.InMemoryVectorStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A store and an embedder with collections of chunks, for the node's tests. */
final class Corpus {

    static final int DIMENSIONS = 64;

    final InMemoryVectorStore store = new InMemoryVectorStore();
    final FakeEmbeddingProvider embedder = new FakeEmbeddingProvider(DIMENSIONS);

    Corpus collection(String name, String displayName, String... readers) {
        store.putCollection(new VectorCollection(name, DIMENSIONS, Set.of(readers), Map.of("name", displayName), FakePluginContext.EPOCH));
        return this;
    }

    /** Adds the document's chunks, ids {@code DOCUMENT#N}. */
    Corpus document(String collection, String document, String... chunks) {
        List<VectorRecord> records = new ArrayList<>();
        for (int i = 0; i < chunks.length; i++) {
            records.add(new VectorRecord(document + "#" + i, FakeEmbeddingProvider.vectorOf(chunks[i], DIMENSIONS), chunks[i],
                    Map.of(VectorRecord.DOCUMENT, document, VectorRecord.CHUNK, Integer.toString(i))));
        }
        store.upsert(collection, records);
        return this;
    }

    LookupContext context() {
        return new LookupContext().with(VectorStoreProvider.class, "memory", store).with(EmbeddingProvider.class, "fake", embedder);
    }

    Retriever retriever(RetrieveConfig config) {
        return (Retriever) new RetrieveFactory().create(config, context());
    }
}

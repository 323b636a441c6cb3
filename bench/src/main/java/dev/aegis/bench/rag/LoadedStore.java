package dev.aegis.bench.rag;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.bench.rag.ParagraphChunker.Chunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The set-up every retrieval benchmark shares: the corpus, the embedder and store named by the options
 * ({@code --corpus --embedder --embedder-config --store --store-config --batch --data}), and one collection
 * loaded with the chunks {@code chunking} makes of the corpus, what was loaded and how fast printed.
 */
record LoadedStore(RagCorpus corpus, EmbeddingProvider embedder, VectorStoreProvider store, String collection) {

    static final List<String> OPTIONS = List.of("corpus", "embedder", "embedder-config", "store", "store-config", "batch", "data");

    static LoadedStore open(Options options, String collection, Function<RagCorpus, List<Chunk>> chunking) throws IOException {
        RagCorpus corpus = RagCorpus.load(Path.of(options.get("corpus", "bench/rag-eval")));
        Path data = Files.createTempDirectory(Path.of(options.get("data", System.getProperty("java.io.tmpdir"))), collection);
        String embedderType = options.get("embedder", "fake");
        String storeType = options.get("store", "memory");
        EmbeddingProvider embedder = Plugins.embedder(embedderType, options.get("embedder-config", ""), data.resolve("embedder"));
        VectorStoreProvider store = Plugins.store(storeType, options.get("store-config", ""), data.resolve("store"));
        List<Chunk> chunks = chunking.apply(corpus);
        System.out.printf("embedder %s (%s, %d dimensions), store %s; %d chunks, %d questions; %s; data in %s%n", embedderType, embedder.model(),
                embedder.dimensions(), storeType, chunks.size(), corpus.questions().size(), Machine.describe(), data);
        Ingest.createCollection(store, collection, embedder);
        System.out.println("ingest: " + Ingest.load(embedder, store, collection, chunks, options.integer("batch", 64)).summary());
        return new LoadedStore(corpus, embedder, store, collection);
    }
}

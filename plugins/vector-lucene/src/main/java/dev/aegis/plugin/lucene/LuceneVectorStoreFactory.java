package dev.aegis.plugin.lucene;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.api.vector.VectorStoreProviderFactory;
import dev.aegis.plugin.lucene.internal.ChunkIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code lucene} vector store: an embedded Lucene index, optionally kept in step with PostgreSQL. */
public final class LuceneVectorStoreFactory implements VectorStoreProviderFactory<LuceneStoreConfig> {

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public Class<LuceneStoreConfig> configType() {
        return LuceneStoreConfig.class;
    }

    @Override
    public VectorStoreProvider create(LuceneStoreConfig config, PluginContext context) {
        return open(config, context.dataDirectory());
    }

    /** Opens the store of {@code config} with its index under {@code dataDirectory} (unless configured elsewhere). */
    public static LuceneVectorStore open(LuceneStoreConfig config, Path dataDirectory) {
        Path directory = config.directory().map(dataDirectory::resolve).orElse(dataDirectory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Lucene index directory " + directory, e);
        }
        ChunkIndex index = ChunkIndex.open(directory);
        try {
            StoreWrites writes = config.shared()
                    .<StoreWrites>map(shared -> SharedWrites.start(index, shared, config.commitInterval()))
                    .orElseGet(() -> new LocalWrites(index, config.commitInterval()));
            return new LuceneVectorStore(index, writes);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    @Override
    public String description() {
        return "Vector and BM25 search in an embedded Lucene index, access control inside the query; shared through PostgreSQL optionally";
    }
}

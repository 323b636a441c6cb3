package dev.aegis.plugin.lucene;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.vector.VectorStoreProviderFactory;
import java.util.List;

/** Entry point of the Lucene vector store. */
public final class LuceneVectorPlugin implements AegisPlugin {

    @Override
    public List<VectorStoreProviderFactory<?>> vectorStores() {
        return List.of(new LuceneVectorStoreFactory());
    }
}

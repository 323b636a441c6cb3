package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.util.List;

/** Entry point of the in-process embedder. */
public final class LocalEmbeddingsPlugin implements AegisPlugin {

    @Override
    public List<EmbeddingProviderFactory<?>> embeddingProviders() {
        return List.of(new LocalEmbeddingProviderFactory());
    }
}

package dev.aegis.plugin.mock;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.util.List;

/** Entry point of the mock model provider. */
public final class MockProviderPlugin implements AegisPlugin {

    @Override
    public List<ModelProviderFactory<?>> modelProviders() {
        return List.of(new MockModelProviderFactory());
    }

    @Override
    public List<EmbeddingProviderFactory<?>> embeddingProviders() {
        return List.of(new MockEmbeddingProviderFactory());
    }
}

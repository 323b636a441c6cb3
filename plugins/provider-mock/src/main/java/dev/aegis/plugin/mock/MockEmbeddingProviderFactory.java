package dev.aegis.plugin.mock;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;

/** The {@code mock} embedder: words hashed into vectors, no model. */
public final class MockEmbeddingProviderFactory implements EmbeddingProviderFactory<MockEmbeddingConfig> {

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public Class<MockEmbeddingConfig> configType() {
        return MockEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(MockEmbeddingConfig config, PluginContext context) {
        return new MockEmbeddingProvider(config);
    }

    @Override
    public String description() {
        return "Deterministic embeddings for tests: words hashed into a normalised vector (texts sharing words are close)";
    }
}

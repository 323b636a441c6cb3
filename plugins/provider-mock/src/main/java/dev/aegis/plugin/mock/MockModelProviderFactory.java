package dev.aegis.plugin.mock;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;

/** The {@code mock} provider type: a deterministic local model for demos and tests. */
public final class MockModelProviderFactory implements ModelProviderFactory<MockProviderConfig> {

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public Class<MockProviderConfig> configType() {
        return MockProviderConfig.class;
    }

    @Override
    public ModelProvider create(MockProviderConfig config, PluginContext context) {
        return new MockModelProvider(config);
    }

    @Override
    public String description() {
        return "A deterministic local model: echoes, streams in chunks, calls tools on a trigger phrase";
    }
}

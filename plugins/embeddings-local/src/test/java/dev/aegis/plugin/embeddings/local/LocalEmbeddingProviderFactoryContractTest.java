package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class LocalEmbeddingProviderFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new LocalEmbeddingProviderFactory();
    }
}

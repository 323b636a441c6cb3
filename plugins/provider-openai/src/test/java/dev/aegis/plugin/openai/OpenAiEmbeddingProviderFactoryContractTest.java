package dev.aegis.plugin.openai;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class OpenAiEmbeddingProviderFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new OpenAiEmbeddingProviderFactory();
    }
}

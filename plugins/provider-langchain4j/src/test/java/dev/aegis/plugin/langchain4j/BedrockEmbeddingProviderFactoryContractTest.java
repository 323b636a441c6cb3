package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class BedrockEmbeddingProviderFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new BedrockEmbeddingProviderFactory();
    }
}

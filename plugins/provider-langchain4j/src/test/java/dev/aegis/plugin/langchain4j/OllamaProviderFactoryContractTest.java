package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class OllamaProviderFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new OllamaProviderFactory();
    }
}

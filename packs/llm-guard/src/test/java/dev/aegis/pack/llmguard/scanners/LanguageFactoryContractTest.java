package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class LanguageFactoryContractTest extends PluginFactoryContractTest {
    @Override
    protected PluginFactory<?, ?> factory() {
        return new LanguageFactory();
    }
}

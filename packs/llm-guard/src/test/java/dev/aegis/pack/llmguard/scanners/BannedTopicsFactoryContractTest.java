package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class BannedTopicsFactoryContractTest extends PluginFactoryContractTest {
    @Override
    protected PluginFactory<?, ?> factory() {
        return new BannedTopicsFactory();
    }
}

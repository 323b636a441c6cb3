package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class BannedSubstringsFactoryContractTest extends PluginFactoryContractTest {
    @Override
    protected PluginFactory<?, ?> factory() {
        return new BannedSubstringsFactory();
    }
}

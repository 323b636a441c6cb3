package dev.aegis.pack.llmguard.injection;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class InjectionGuardFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new InjectionGuardFactory();
    }
}

package dev.aegis.testkit;

import dev.aegis.api.PluginFactory;

class SampleGuardPluginContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new SampleGuardPlugin.Factory();
    }
}

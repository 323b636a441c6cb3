package dev.aegis.plugin.apikey;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

class ApiKeyAuthenticatorFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new ApiKeyAuthenticatorFactory();
    }
}

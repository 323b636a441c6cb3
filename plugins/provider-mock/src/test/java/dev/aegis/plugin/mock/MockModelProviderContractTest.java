package dev.aegis.plugin.mock;

import dev.aegis.api.model.ModelProvider;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.ModelProviderContractTest;

class MockModelProviderContractTest extends ModelProviderContractTest {

    @Override
    protected ModelProvider provider() {
        return new MockModelProviderFactory().create(MockProviderConfig.defaults(), FakePluginContext.named("local"));
    }
}

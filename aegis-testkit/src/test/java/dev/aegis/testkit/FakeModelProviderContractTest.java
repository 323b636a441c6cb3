package dev.aegis.testkit;

import dev.aegis.api.model.ModelProvider;

/** The fake keeps the promises it lets other code rely on. */
class FakeModelProviderContractTest extends ModelProviderContractTest {

    @Override
    protected ModelProvider provider() {
        return new FakeModelProvider();
    }
}

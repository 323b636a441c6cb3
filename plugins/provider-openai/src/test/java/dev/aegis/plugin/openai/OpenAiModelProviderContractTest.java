package dev.aegis.plugin.openai;

import dev.aegis.api.model.ModelProvider;
import dev.aegis.testkit.ModelProviderContractTest;
import org.junit.jupiter.api.AfterEach;

/** The testkit's promises, kept against a real HTTP upstream speaking OpenAI's protocol. */
class OpenAiModelProviderContractTest extends ModelProviderContractTest {

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @Override
    protected ModelProvider provider() {
        return providers.of(upstream);
    }

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }
}

package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ModelProvider;
import dev.aegis.testkit.ModelProviderContractTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The testkit's promises, kept by the Anthropic provider against a local Messages API. */
class AnthropicProviderContractTest extends ModelProviderContractTest {

    private final FakeUpstream upstream = FakeUpstream.start(request -> request.json().path("stream").asBoolean()
            ? FakeUpstream.Response.sse(AnthropicWire.streamedText(List.of("Hel", "lo", "!")))
            : FakeUpstream.Response.json(AnthropicWire.message("Hello!")));

    @Override
    protected ModelProvider provider() {
        return TestProviders.anthropic(upstream);
    }

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }
}

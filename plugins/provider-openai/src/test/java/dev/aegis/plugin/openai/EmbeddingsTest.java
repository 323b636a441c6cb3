package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @Test
    void vectorsComeBackInInputOrderWithTheUsage() {
        EmbeddingResponse response = providers.embedderOf(upstream).embed(new EmbeddingRequest("text-embedding-3-small", List.of("a", "b", "c"), Map.of()));

        assertThat(response.model()).isEqualTo("embed-test");
        assertThat(response.vectors()).hasSize(3);
        assertThat(response.vectors().get(0)).containsExactly(0.5f, -0.25f, 1e-3f);
        assertThat(response.vectors().get(2)).containsExactly(2.5f, -0.25f, 1e-3f);
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(7, 0));
    }

    @Test
    void theRequestCarriesTheModelTheInputsAndTheParameters() {
        providers.embedderOf(upstream).embed(new EmbeddingRequest("", List.of("one", "two"), Map.of("dimensions", "256", "user", "\"u-1\"", "input", "\"sneaky\"")));

        RecordedRequest request = upstream.lastRequest();
        assertThat(request.path()).isEqualTo("/v1/embeddings");
        assertThat(request.json()).isEqualTo(TestJson.parse("{\"model\":\"embed-test\",\"input\":[\"one\",\"two\"],\"dimensions\":256,\"user\":\"u-1\"}"));
    }

    @Test
    void aConfiguredSizeBelowAKnownModelsNativeSizeIsAskedForUnlessTheCallerAsks() {
        OpenAiEmbeddingProvider shortened = providers.embedder("""
                base-url: %s
                model: text-embedding-3-small
                dimensions: 256
                """.formatted(upstream.baseUrl()));
        assertThat(shortened.dimensions()).isEqualTo(256);

        shortened.embed(new EmbeddingRequest("", List.of("one"), Map.of()));
        assertThat(upstream.lastRequest().json().path("dimensions").asInt()).isEqualTo(256);

        shortened.embed(new EmbeddingRequest("", List.of("one"), Map.of("dimensions", "512")));
        assertThat(upstream.lastRequest().json().path("dimensions").asInt()).isEqualTo(512);
    }

    @Test
    void aDeclaredSizeOfAnotherModelIsNotSent() {
        OpenAiEmbeddingProvider ollama = providers.embedder("""
                base-url: %s
                model: nomic-embed-text
                dimensions: 768
                """.formatted(upstream.baseUrl()));
        assertThat(ollama.dimensions()).isEqualTo(768);
        assertThat(ollama.model()).isEqualTo("nomic-embed-text");

        ollama.embed(new EmbeddingRequest("", List.of("one"), Map.of()));
        assertThat(upstream.lastRequest().json().has("dimensions")).isFalse();
    }

    @Test
    void base64VectorsAreDecoded() {
        ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f);
        upstream.answer(Answers.json(200, "{\"data\":[{\"index\":0,\"embedding\":\"" + Base64.getEncoder().encodeToString(bytes.array()) + "\"}]}"));

        EmbeddingResponse response = providers.embedderOf(upstream).embed(new EmbeddingRequest("e", List.of("x"), Map.of("encoding_format", "\"base64\"")));

        assertThat(response.vectors().getFirst()).containsExactly(1.5f, -2f);
        assertThat(response.model()).isEqualTo("e");
    }

    @Test
    void fewerVectorsThanInputsFail() {
        upstream.answer(Answers.json(200, Answers.embeddings(1)));

        assertThatThrownBy(() -> providers.embedderOf(upstream).embed(new EmbeddingRequest("e", List.of("x", "y"), Map.of())))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED));
    }
}

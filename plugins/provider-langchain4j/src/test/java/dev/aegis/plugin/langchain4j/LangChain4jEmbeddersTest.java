package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ollama, gemini and bedrock embedders against fake upstreams, created from YAML as aegis.yaml would. */
class LangChain4jEmbeddersTest {

    private static final EmbeddingRequest TWO = new EmbeddingRequest("", List.of("first", "second"), Map.of());

    @Test
    void ollamaUsesApiEmbedWithTheConfiguredModelAndKeepsInputOrder() {
        try (FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(
                "{\"model\": \"embed-test\", \"embeddings\": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], \"prompt_eval_count\": 6}"))) {
            EmbeddingProvider embedder = ollama(upstream, "model: embed-test\ndimensions: 3");

            EmbeddingResponse response = embedder.embed(TWO);

            JsonNode body = upstream.lastRequest().json();
            assertThat(upstream.lastRequest().path()).isEqualTo("/api/embed");
            assertThat(body.path("model").asText()).isEqualTo("embed-test");
            assertThat(body.path("input").toString()).isEqualTo("[\"first\",\"second\"]");
            assertThat(response.model()).isEqualTo("embed-test");
            assertThat(response.vectors()).containsExactly(new float[] {0.1f, 0.2f, 0.3f}, new float[] {0.4f, 0.5f, 0.6f});
            assertThat(response.usage().inputTokens()).isEqualTo(6);
            assertThat(embedder.model()).isEqualTo("embed-test");
            assertThat(embedder.dimensions()).isEqualTo(3);
        }
    }

    @Test
    void vectorsOfAnotherLengthThanConfiguredAreAFailureNamingTheFix() {
        try (FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(
                "{\"model\": \"embed-test\", \"embeddings\": [[0.1, 0.2], [0.4, 0.5]]}"))) {
            EmbeddingProvider embedder = ollama(upstream, "model: embed-test\ndimensions: 3");

            assertThatThrownBy(() -> embedder.embed(TWO)).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED);
                assertThat(e).hasMessageContaining("2 dimensions where 3 are configured");
            });
        }
    }

    @Test
    void anOllamaErrorIsAProviderExceptionAndBlankInputsAreRejected() {
        try (FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(404, "{\"error\": \"model 'embed-test' not found\"}"))) {
            EmbeddingProvider embedder = ollama(upstream, "model: embed-test\ndimensions: 3");

            assertThatThrownBy(() -> embedder.embed(TWO)).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.failure()).isEqualTo(ProviderException.Failure.REJECTED);
                assertThat(e.getMessage()).contains("not found");
            });
            assertThatThrownBy(() -> embedder.embed(new EmbeddingRequest("", List.of(" "), Map.of())))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.REJECTED));
        }
    }

    @Test
    void geminiUsesTheConfiguredEmbeddingModelOnePerInputInOrder() {
        try (FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(
                "{\"embeddings\": [{\"values\": [1.0, 0.0]}, {\"values\": [0.0, 1.0]}]}"))) {
            EmbeddingProvider embedder = new GeminiEmbeddingProviderFactory().create(ConfigBinding.bindYaml(GeminiEmbeddingConfig.class, """
                    api-key: {secret: "env:GEMINI_API_KEY"}
                    base-url: %s/v1beta
                    timeout: 5s
                    dimensions: 2
                    """.formatted(upstream.baseUrl()), TestProviders.SECRETS), FakePluginContext.create());

            EmbeddingResponse response = embedder.embed(TWO);

            assertThat(upstream.lastRequest().path()).startsWith("/v1beta/models/gemini-embedding-001:");
            assertThat(upstream.lastRequest().header("x-goog-api-key")).isEqualTo(TestProviders.GEMINI_KEY);
            assertThat(upstream.lastRequest().body()).contains("first").contains("second");
            assertThat(response.model()).isEqualTo("gemini-embedding-001");
            assertThat(response.vectors()).containsExactly(new float[] {1f, 0f}, new float[] {0f, 1f});
        }
    }

    @Test
    void bedrockTitanGivesOneVectorPerInputInOrder() throws Exception {
        FakeBedrock bedrock = new FakeBedrock(request -> {
            throw new AssertionError("no chat here");
        });
        BedrockEmbeddingConfig config = ConfigBinding.bindYaml(BedrockEmbeddingConfig.class, "{region: eu-central-1, dimensions: 2}");
        try (LangChain4jEmbeddingProvider embedder = BedrockEmbeddingProviderFactory.create(config, bedrock)) {
            EmbeddingResponse response = embedder.embed(new EmbeddingRequest("", List.of("a", "three"), Map.of()));

            assertThat(bedrock.invokeRequests).extracting(request -> request.modelId()).containsOnly("amazon.titan-embed-text-v2:0");
            assertThat(response.vectors()).containsExactly(new float[] {1f, 0.5f}, new float[] {5f, 0.5f});
            assertThat(embedder.model()).isEqualTo("amazon.titan-embed-text-v2:0");
        }
    }

    private static EmbeddingProvider ollama(FakeUpstream upstream, String yaml) {
        return new OllamaEmbeddingProviderFactory().create(
                ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, yaml + "\nbase-url: '" + upstream.baseUrl() + "'\ntimeout: 5s"), FakePluginContext.create());
    }
}

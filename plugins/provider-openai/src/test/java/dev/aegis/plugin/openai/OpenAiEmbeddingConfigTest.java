package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenAiEmbeddingConfigTest {

    @Test
    void everyKeyHasADefaultAndTheConnectionDefaultsAreTheChatProvidersOnes() {
        OpenAiEmbeddingConfig config = ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "");

        assertThat(config.model()).isEqualTo("text-embedding-3-small");
        assertThat(config.dimensions()).isEqualTo(1536);
        assertThat(config.requestedDimensions()).isEmpty();
        OpenAiConfig chat = ConfigBinding.bindYaml(OpenAiConfig.class, "");
        assertThat(config.connection()).isEqualTo(new OpenAiConfig(chat.baseUrl(), chat.apiKey(), chat.authHeader(), Optional.of("text-embedding-3-small"),
                chat.organization(), chat.headers(), chat.query(), chat.connectTimeout(), chat.idleTimeout(), chat.maxConnections(),
                chat.poolIdleTimeout(), false, chat.systemProxy()));
    }

    @Test
    void knownModelsKnowTheirSize() {
        assertThat(ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "model: text-embedding-3-large").dimensions()).isEqualTo(3072);
        assertThat(ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "model: text-embedding-ada-002").dimensions()).isEqualTo(1536);
    }

    @Test
    void mapsEveryKey() {
        OpenAiEmbeddingConfig config = ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, """
                base-url: https://example.openai.azure.com/openai/deployments/embed/
                api-key: {secret: "env:AZURE_KEY"}
                auth-header: api-key
                model: text-embedding-3-large
                dimensions: 1024
                organization: org-1
                headers: {x-team: search}
                query: {api-version: "2024-10-21"}
                connect-timeout: 2s
                idle-timeout: 30s
                max-connections: 16
                pool-idle-timeout: 3s
                system-proxy: true
                """, reference -> Secret.of("k"));

        assertThat(config).isEqualTo(new OpenAiEmbeddingConfig("https://example.openai.azure.com/openai/deployments/embed/", config.apiKey(),
                OpenAiConfig.AuthHeader.API_KEY, "text-embedding-3-large", 1024, Optional.of("org-1"), Map.of("x-team", "search"),
                Map.of("api-version", "2024-10-21"), Duration.ofSeconds(2), Duration.ofSeconds(30), 16, Duration.ofSeconds(3), true));
        assertThat(config.apiKey()).isPresent();
        assertThat(config.requestedDimensions()).hasValue(1024);
        assertThat(config.connection().baseUrl()).isEqualTo("https://example.openai.azure.com/openai/deployments/embed");
    }

    @Test
    void anUnknownModelNeedsItsSize() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "model: nomic-embed-text"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("'nomic-embed-text'", "set 'dimensions'")));
        assertThat(ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "{model: nomic-embed-text, dimensions: 768}").dimensions()).isEqualTo(768);
    }

    @Test
    void aSizeAboveAKnownModelsIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "dimensions: 4096"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("at most 1536")));
    }

    @Test
    void anUnknownKeyOrAChatOnlyKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, "stream-usage: true"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("stream-usage"));
    }
}

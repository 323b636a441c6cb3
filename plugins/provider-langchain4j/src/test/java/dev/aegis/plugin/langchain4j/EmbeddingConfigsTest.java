package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configs of the ollama, gemini and bedrock embedders: defaults, full mapping, known and required sizes. */
class EmbeddingConfigsTest {

    @Test
    void ollamaDefaultsToNomicEmbedTextOnLocalhost() {
        assertThat(ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, ""))
                .isEqualTo(new OllamaEmbeddingConfig("nomic-embed-text", "http://localhost:11434", Duration.ofSeconds(60), 768));
        assertThat(ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, "model: mxbai-embed-large:latest").dimensions()).isEqualTo(1024);
        assertThat(ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, "{model: bge-m3, base-url: 'http://gpu:11434', timeout: 5m, dimensions: 1024}"))
                .isEqualTo(new OllamaEmbeddingConfig("bge-m3", "http://gpu:11434", Duration.ofMinutes(5), 1024));
    }

    @Test
    void anUnknownModelNeedsItsSize() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, "model: bge-m3"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("'bge-m3'", "set 'dimensions'")));
    }

    @Test
    void geminiDefaultsToGeminiEmbedding001AndNeedsAKey() {
        GeminiEmbeddingConfig config = ConfigBinding.bindYaml(GeminiEmbeddingConfig.class, "api-key: {secret: 'env:GEMINI_API_KEY'}", TestProviders.SECRETS);

        assertThat(config).isEqualTo(new GeminiEmbeddingConfig("gemini-embedding-001", Optional.of(Secret.of(TestProviders.GEMINI_KEY)),
                Optional.empty(), Duration.ofSeconds(60), 3072));
        assertThat(ConfigBinding.bindYaml(GeminiEmbeddingConfig.class, """
                model: text-embedding-004
                api-key: {secret: 'env:GEMINI_API_KEY'}
                base-url: https://gemini-proxy.internal/v1beta
                timeout: 2m
                """, TestProviders.SECRETS)).isEqualTo(new GeminiEmbeddingConfig("text-embedding-004", Optional.of(Secret.of(TestProviders.GEMINI_KEY)),
                Optional.of("https://gemini-proxy.internal/v1beta"), Duration.ofMinutes(2), 768));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(GeminiEmbeddingConfig.class, ""))
                .isInstanceOf(ConfigException.class).hasMessageContaining("api-key is required");
    }

    @Test
    void bedrockDefaultsToTitanV2AndChecksItsCredentialsLikeTheProvider() {
        assertThat(ConfigBinding.bindYaml(BedrockEmbeddingConfig.class, "")).isEqualTo(new BedrockEmbeddingConfig("amazon.titan-embed-text-v2:0",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(60), 1024));
        BedrockEmbeddingConfig full = ConfigBinding.bindYaml(BedrockEmbeddingConfig.class, """
                model: amazon.titan-embed-text-v1
                region: eu-central-1
                access-key-id: {secret: "env:AWS_ACCESS_KEY_ID"}
                secret-access-key: {secret: "env:AWS_SECRET_ACCESS_KEY"}
                base-url: https://bedrock-runtime.vpce.internal
                timeout: 45s
                """, TestProviders.SECRETS);
        assertThat(full).isEqualTo(new BedrockEmbeddingConfig("amazon.titan-embed-text-v1", Optional.of("eu-central-1"), Optional.of(Secret.of("AKIATEST")),
                Optional.of(Secret.of("aws-secret-test")), Optional.empty(), Optional.of("https://bedrock-runtime.vpce.internal"), Duration.ofSeconds(45), 1536));
        assertThat(full.connection().hasStaticCredentials()).isTrue();
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BedrockEmbeddingConfig.class, "access-key-id: {secret: 'env:AWS_ACCESS_KEY_ID'}", TestProviders.SECRETS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("go together");
    }

    @Test
    void outOfRangeSizesAndChatKeysAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OllamaEmbeddingConfig.class, "dimensions: 0"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("dimensions"));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BedrockEmbeddingConfig.class, "max-tokens: 10"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("max-tokens"));
    }
}

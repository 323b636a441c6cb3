package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OllamaConfigTest {

    @Test
    void defaultsAreLocalhost11434() {
        OllamaConfig config = ConfigBinding.bindYaml(OllamaConfig.class, "model: llama3.2");

        assertThat(config).isEqualTo(new OllamaConfig("llama3.2", "http://localhost:11434", Duration.ofSeconds(60),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void mapsEveryKey() {
        OllamaConfig config = ConfigBinding.bindYaml(OllamaConfig.class, """
                model: qwen2.5
                base-url: http://gpu-box:11434
                timeout: 5m
                max-tokens: 512
                temperature: 0.1
                """);

        assertThat(config).isEqualTo(new OllamaConfig("qwen2.5", "http://gpu-box:11434", Duration.ofMinutes(5),
                Optional.of(512), Optional.of(0.1)));
    }

    @Test
    void anApiKeyIsNotAnOllamaKey() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OllamaConfig.class, "{model: m, api-key: {secret: 'env:X'}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("api-key"));
    }

    @Test
    void aZeroTimeoutIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OllamaConfig.class, "{model: m, timeout: 0s}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("timeout must be positive");
    }

    @Test
    void theEmbeddingModelIsTheOllamaEmbeddersKeyNow() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OllamaConfig.class, "{model: m, embedding-model: nomic-embed-text}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("embedding-model"));
    }
}

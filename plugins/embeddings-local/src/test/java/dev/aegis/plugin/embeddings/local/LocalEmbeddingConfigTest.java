package dev.aegis.plugin.embeddings.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

class LocalEmbeddingConfigTest {

    @Test
    void everyKeyHasADefault() {
        LocalEmbeddingConfig config = ConfigBinding.bindYaml(LocalEmbeddingConfig.class, "");

        assertThat(config).isEqualTo(LocalEmbeddingConfig.defaults());
        assertThat(config.model()).isEqualTo("all-minilm-l6-v2");
        assertThat(config.maxBatch()).isEqualTo(32);
        assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.queue()).isEqualTo(256);
        assertThat(config.coalesce()).isTrue();
        assertThat(config.warmUp()).isTrue();
    }

    @Test
    void mapsEveryKey() {
        LocalEmbeddingConfig config = ConfigBinding.bindYaml(LocalEmbeddingConfig.class, """
                model: all-minilm-l6-v2
                max-batch: 8
                threads: 3
                queue: 10
                coalesce: false
                warm-up: false
                """);

        assertThat(config).isEqualTo(new LocalEmbeddingConfig("all-minilm-l6-v2", 8, 3, 10, false, false));
    }

    @Test
    void aModelThatIsNotBundledIsRefusedByName() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LocalEmbeddingConfig.class, "model: bge-small-en-v1.5"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error ->
                        assertThat(error.message()).contains("'bge-small-en-v1.5' is not bundled", "all-minilm-l6-v2 only")));
    }

    @Test
    void outOfRangeNumbersAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LocalEmbeddingConfig.class, """
                max-batch: 0
                threads: -1
                queue: 0
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("max-batch", "threads", "queue"));
    }

    @Test
    void anUnknownKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LocalEmbeddingConfig.class, "batch: 4"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("batch"));
    }
}

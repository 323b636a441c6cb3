package dev.aegis.plugin.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

class MockEmbeddingConfigTest {

    @Test
    void everyKeyHasADefault() {
        assertThat(ConfigBinding.bindYaml(MockEmbeddingConfig.class, "")).isEqualTo(new MockEmbeddingConfig("mock-embedding", 16));
    }

    @Test
    void mapsEveryKey() {
        assertThat(ConfigBinding.bindYaml(MockEmbeddingConfig.class, "{model: hashed-64, dimensions: 64}")).isEqualTo(new MockEmbeddingConfig("hashed-64", 64));
    }

    @Test
    void outOfRangeDimensionsAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(MockEmbeddingConfig.class, "dimensions: 100000"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("dimensions"));
    }
}

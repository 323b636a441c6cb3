package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VectorStoreApiConfigTest {

    @Test
    void defaultsAreTheOnlyStoreAndEmbedderAndOpenAisChunking() {
        VectorStoreApiConfig defaults = ConfigBinding.bindYaml(VectorStoreApiConfig.class, "{}");

        assertThat(defaults).isEqualTo(VectorStoreApiConfig.DEFAULTS);
        assertThat(defaults.store()).isEmpty();
        assertThat(defaults.embedder()).isEmpty();
        assertThat(defaults.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(defaults.chunkTokens()).isEqualTo(800);
        assertThat(defaults.chunkOverlapTokens()).isEqualTo(400);
        assertThat(defaults.ingestionThreads()).isPositive();
        assertThat(defaults.ingestionQueue()).isEqualTo(64);
        assertThat(defaults.embedBatch()).isEqualTo(32);
    }

    @Test
    void bindsEverything() {
        VectorStoreApiConfig config = ConfigBinding.bindYaml(VectorStoreApiConfig.class, """
                store: docs
                embedder: minilm
                max-file-bytes: 1048576
                chunk-tokens: 400
                chunk-overlap-tokens: 100
                ingestion-threads: 2
                ingestion-queue: 8
                embed-batch: 16
                """);

        assertThat(config).isEqualTo(new VectorStoreApiConfig(Optional.of("docs"), Optional.of("minilm"), 1_048_576L, 400, 100, 2, 8, 16));
    }

    @Test
    void refusesAnOverlapOfMoreThanHalfAChunkAndChunksOutsideOpenAisBounds() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(VectorStoreApiConfig.class, "{chunk-tokens: 400, chunk-overlap-tokens: 201}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("chunk-overlap-tokens");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(VectorStoreApiConfig.class, "{chunk-tokens: 50, chunk-overlap-tokens: 10}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("chunk-tokens");
    }
}

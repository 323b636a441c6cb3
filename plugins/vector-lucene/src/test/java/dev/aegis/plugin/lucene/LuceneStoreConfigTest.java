package dev.aegis.plugin.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LuceneStoreConfigTest {

    @Test
    void everyKeyHasADefaultAndTheDefaultIsEmbedded() {
        LuceneStoreConfig config = ConfigBinding.bindYaml(LuceneStoreConfig.class, "");

        assertThat(config).isEqualTo(LuceneStoreConfig.EMBEDDED);
        assertThat(config.directory()).isEmpty();
        assertThat(config.commitInterval()).isEqualTo(Duration.ZERO);
        assertThat(config.shared()).isEmpty();
    }

    @Test
    void mapsEveryKey() {
        LuceneStoreConfig config = ConfigBinding.bindYaml(LuceneStoreConfig.class, """
                directory: rag-index
                commit-interval: 2s
                shared:
                  jdbc-url: jdbc:postgresql://127.0.0.1:5432/test
                  user: aegis
                  password: {secret: "env:PGPASSWORD"}
                  poll-interval: 500ms
                """, reference -> Secret.of("resolved " + reference));

        assertThat(config).isEqualTo(new LuceneStoreConfig(Optional.of("rag-index"), Duration.ofSeconds(2), Optional.of(new SharedConfig(
                "jdbc:postgresql://127.0.0.1:5432/test", Optional.of("aegis"), Optional.of(Secret.of("resolved env:PGPASSWORD")),
                Duration.ofMillis(500)))));
    }

    @Test
    void theSharedDatabaseDefaultsToPollingEverySecond() {
        LuceneStoreConfig config = ConfigBinding.bindYaml(LuceneStoreConfig.class, "shared: {jdbc-url: 'jdbc:postgresql://db/aegis'}");

        assertThat(config.shared()).get().satisfies(shared -> {
            assertThat(shared.pollInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(shared.user()).isEmpty();
            assertThat(shared.password()).isEmpty();
        });
    }

    @Test
    void anUnknownKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LuceneStoreConfig.class, "shared: {jdbc-url: x, pol-interval: 1s}"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("shared.pol-interval"));
    }

    @Test
    void aSharedStoreNeedsItsUrl() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LuceneStoreConfig.class, "shared: {user: aegis}"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("shared.jdbc-url"));
    }

    @Test
    void intervalsMustMakeSense() {
        assertThatThrownBy(() -> new LuceneStoreConfig(null, Duration.ofSeconds(-1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commit-interval must not be negative");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(LuceneStoreConfig.class, "shared: {jdbc-url: x, poll-interval: 0s}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("poll-interval must be positive");
    }
}

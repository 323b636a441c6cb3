package dev.aegis.pack.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetrieveConfigTest {

    @Test
    void defaultsSearchTheLastUserMessageForFivePassagesWithoutAThreshold() {
        RetrieveConfig config = ConfigBinding.bindYaml(RetrieveConfig.class, "collections: [handbook]");

        assertThat(config).isEqualTo(new RetrieveConfig(Optional.empty(), Optional.empty(), List.of("handbook"), 5, 0.0,
                RetrieveConfig.Query.LAST_USER_MESSAGE, 3, false, 2000));
        assertThat(config).isEqualTo(RetrieveConfig.of(List.of("handbook")));
    }

    @Test
    void bindsEveryKey() {
        RetrieveConfig config = ConfigBinding.bindYaml(RetrieveConfig.class, """
                store: lucene
                embedder: minilm
                collections: [handbook, Payments FAQ]
                top-k: 8
                min-score: 0.35
                query: conversation
                turns: 2
                rewrite: false
                max-passage-chars: 800
                """);

        assertThat(config).isEqualTo(new RetrieveConfig(Optional.of("lucene"), Optional.of("minilm"), List.of("handbook", "Payments FAQ"), 8,
                0.35, RetrieveConfig.Query.CONVERSATION, 2, false, 800));
    }

    @Test
    void collectionsAreRequired() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetrieveConfig.class, "top-k: 3"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("collections"));
    }

    @Test
    void boundsAreChecked() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetrieveConfig.class,
                "{collections: [a], top-k: 51, min-score: 1.5, turns: 0, max-passage-chars: 0}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("top-k", "min-score", "turns", "max-passage-chars"));
    }

    @Test
    void rewritingIsRefusedAsNotImplemented() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetrieveConfig.class, "{collections: [a], rewrite: true}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("rewrite");
                    assertThat(error.message()).contains("not implemented");
                }));
    }

    @Test
    void unknownKeysAndQueriesAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetrieveConfig.class, "{collections: [a], topk: 3}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("topk"));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetrieveConfig.class, "{collections: [a], query: everything}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("query");
                    assertThat(error.message()).contains("last-user-message", "conversation");
                }));
    }
}

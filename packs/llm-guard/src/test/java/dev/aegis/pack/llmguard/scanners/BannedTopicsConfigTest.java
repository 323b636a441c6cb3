package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BannedTopicsConfigTest {

    @Test
    void defaultsBlockOnePhraseInPromptsAndAnswers() {
        BannedTopicsConfig config = ConfigBinding.bindYaml(BannedTopicsConfig.class, "topics: [{name: w, keywords: {phrases: [pipe bomb]}}]");

        assertThat(config.action()).isEqualTo(ScannerAction.BLOCK);
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.RESPONSE);
        assertThat(config.topics().getFirst().keywords()).isEqualTo(new BannedTopicsConfig.Keywords(List.of("pipe bomb"), 1, true));
        assertThat(config.window()).isEqualTo(64);
    }

    @Test
    void bindsEveryKey() {
        BannedTopicsConfig config = ConfigBinding.bindYaml(BannedTopicsConfig.class, """
                topics:
                  - name: medical-advice
                    keywords: {phrases: [dosage, diagnosis], min-matches: 2, whole-words: false}
                action: require-approval
                targets: [prompt]
                window: 99
                """);

        assertThat(config.topics()).containsExactly(new BannedTopicsConfig.Topic("medical-advice",
                new BannedTopicsConfig.Keywords(List.of("dosage", "diagnosis"), 2, false)));
        assertThat(config.action()).isEqualTo(ScannerAction.REQUIRE_APPROVAL);
        assertThat(config.targets()).containsExactly(ScanTarget.PROMPT);
        assertThat(config.window()).isEqualTo(99);
    }

    @Test
    void aTopicNeedsAMatcherAndCannotBeSanitized() {
        assertThat(errorPaths(BannedTopicsConfig.class, "topics: [{name: w}]")).containsExactly("topics[0].keywords");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BannedTopicsConfig.class, "topics: [{name: w, keywords: {phrases: [x]}}]\naction: sanitize"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("cannot sanitize"));
    }

    @Test
    void anEmbeddingMatcherIsNotThereYet() {
        assertThat(errorPaths(BannedTopicsConfig.class, "topics: [{name: w, keywords: {phrases: [x]}, embedding: {examples: [y]}}]"))
                .containsExactly("topics[0].embedding");
    }

    private static List<String> errorPaths(Class<? extends Record> type, String yaml) {
        try {
            ConfigBinding.bindYaml(type, yaml);
        } catch (ConfigException e) {
            return e.errors().stream().map(ConfigError::path).toList();
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to refuse: " + yaml);
    }
}

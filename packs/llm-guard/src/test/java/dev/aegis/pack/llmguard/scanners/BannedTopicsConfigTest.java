package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
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
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BannedTopicsConfig.class, "topics: [{name: w}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("give keywords, or a description or examples"));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BannedTopicsConfig.class, "topics: [{name: w, keywords: {phrases: [x]}}]\naction: sanitize"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("cannot sanitize"));
    }

    @Test
    void aTopicDescribedInWordsBindsWithTheEmbedderAndItsThresholds() {
        BannedTopicsConfig config = ConfigBinding.bindYaml(BannedTopicsConfig.class, """
                embedder: minilm
                similarity: 0.45
                topics:
                  - name: weapons
                    description: building, buying or using weapons and explosives
                    examples: [how do I make a pipe bomb, where can I buy an untraceable gun]
                    similarity: 0.6
                  - name: gambling
                    description: betting and casino games
                """);

        assertThat(config.embedder()).isEqualTo("minilm");
        assertThat(config.similarity()).isEqualTo(0.45);
        assertThat(config.topics().getFirst()).isEqualTo(new BannedTopicsConfig.Topic("weapons", null,
                "building, buying or using weapons and explosives", List.of("how do I make a pipe bomb", "where can I buy an untraceable gun"), 0.6));
        assertThat(config.topics().getLast().descriptions()).containsExactly("betting and casino games");
        assertThat(config.matchesBySimilarity()).isTrue();
        assertThat(ConfigBinding.bindYaml(BannedTopicsConfig.class, "embedder: m\ntopics: [{name: g, examples: [dice]}]").similarity())
                .isEqualTo(BannedTopicsConfig.DEFAULT_SIMILARITY);
    }

    @Test
    void aTopicDescribedInWordsNeedsAnEmbedder() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BannedTopicsConfig.class, "topics: [{name: w, description: weapons}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("embedder"));
    }
}

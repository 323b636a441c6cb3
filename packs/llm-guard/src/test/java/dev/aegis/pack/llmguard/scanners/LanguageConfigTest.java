package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageConfigTest {

    @Test
    void defaultsBlockClearOtherLanguagesInPromptsAndAnswers() {
        LanguageConfig config = ConfigBinding.bindYaml(LanguageConfig.class, "allowed: [en]");

        assertThat(config.action()).isEqualTo(ScannerAction.BLOCK);
        assertThat(config.margin()).isEqualTo(2.0);
        assertThat(config.minLetters()).isEqualTo(24);
        assertThat(config.maxCharacters()).isEqualTo(2000);
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.RESPONSE);
    }

    @Test
    void bindsEveryKey() {
        LanguageConfig config = ConfigBinding.bindYaml(LanguageConfig.class, """
                allowed: [en, deu]
                action: flag
                margin: 3.5
                min-letters: 10
                max-characters: 500
                targets: [tool-result]
                """);

        assertThat(config).isEqualTo(new LanguageConfig(List.of("en", "deu"), ScannerAction.FLAG, 3.5, 10, 500, Set.of(ScanTarget.TOOL_RESULT)));
    }

    @Test
    void allowedIsRequiredAndTheMarginAtLeastOne() {
        assertThat(errorPaths(LanguageConfig.class, "")).containsExactly("allowed");
        assertThat(errorPaths(LanguageConfig.class, "allowed: [en]\nmargin: 0.5")).containsExactly("margin");
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

package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BannedSubstringsConfigTest {

    @Test
    void defaultsBlockWholeWordsEverywhere() {
        BannedSubstringsConfig config = ConfigBinding.bindYaml(BannedSubstringsConfig.class, "rules: [{name: c, substrings: [acme]}]");

        assertThat(config.action()).isEqualTo(ScannerAction.BLOCK);
        assertThat(config.wholeWords()).isTrue();
        assertThat(config.replacement()).isEqualTo("[REDACTED]");
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.values());
        assertThat(config.window()).isEqualTo(64);
    }

    @Test
    void bindsEveryKey() {
        BannedSubstringsConfig config = ConfigBinding.bindYaml(BannedSubstringsConfig.class, """
                rules:
                  - {name: competitors, substrings: [Acme Corp, Globex], action: sanitize}
                  - {name: legal, substrings: [lawsuit]}
                action: flag
                whole-words: false
                replacement: "[competitor]"
                targets: [response, tool-result]
                window: 200
                """);

        assertThat(config.rules()).containsExactly(
                new BannedSubstringsConfig.Rule("competitors", List.of("Acme Corp", "Globex"), ScannerAction.SANITIZE),
                new BannedSubstringsConfig.Rule("legal", List.of("lawsuit"), null));
        assertThat(config.action()).isEqualTo(ScannerAction.FLAG);
        assertThat(config.wholeWords()).isFalse();
        assertThat(config.replacement()).isEqualTo("[competitor]");
        assertThat(config.targets()).isEqualTo(Set.of(ScanTarget.RESPONSE, ScanTarget.TOOL_RESULT));
        assertThat(config.window()).isEqualTo(200);
    }

    @Test
    void rulesAndTheirSubstringsAreRequired() {
        assertThat(errorPaths(BannedSubstringsConfig.class, "")).containsExactly("rules");
        assertThat(errorPaths(BannedSubstringsConfig.class, "rules: [{name: c, substrings: []}]")).containsExactly("rules[0].substrings");
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

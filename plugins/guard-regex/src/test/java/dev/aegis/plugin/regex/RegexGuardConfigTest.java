package dev.aegis.plugin.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegexGuardConfigTest {

    @Test
    void defaultsScanEverythingBlockCaseInsensitivelyAndHoldBack256Characters() {
        RegexGuardConfig config = ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{name: r, pattern: x}]");

        assertThat(config.targets()).isEqualTo(Set.of(ScanTarget.values()));
        assertThat(config.window()).isEqualTo(256);
        assertThat(config.rules()).containsExactly(new RegexGuardConfig.Rule("r", "x", RegexGuardConfig.Action.BLOCK, "[REDACTED]", false));
    }

    @Test
    void bindsEveryKey() {
        RegexGuardConfig config = ConfigBinding.bindYaml(RegexGuardConfig.class, """
                rules:
                  - {name: card, pattern: '\\d{16}', action: sanitize, replacement: '<CARD>', case-sensitive: true}
                  - {name: wire, pattern: 'wire transfer', action: require-approval}
                targets: [prompt, tool-arguments]
                window: 64
                """);

        assertThat(config.rules()).containsExactly(
                new RegexGuardConfig.Rule("card", "\\d{16}", RegexGuardConfig.Action.SANITIZE, "<CARD>", true),
                new RegexGuardConfig.Rule("wire", "wire transfer", RegexGuardConfig.Action.REQUIRE_APPROVAL, "[REDACTED]", false));
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.TOOL_ARGUMENTS);
        assertThat(config.window()).isEqualTo(64);
    }

    @Test
    void needsAtLeastOneRuleEachWithANameAndAPattern() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RegexGuardConfig.class, "window: 0"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("rules", "window"));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{pattern: x}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("rules[0].name"));
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RegexGuardConfig.class, "rules: [{name: r, pattern: x, acton: block}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .isEqualTo(List.of("rules[0].acton")));
    }
}

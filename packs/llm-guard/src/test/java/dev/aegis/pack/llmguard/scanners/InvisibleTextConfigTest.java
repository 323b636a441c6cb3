package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleTextConfigTest {

    @Test
    void defaultsSanitizeEveryClassWhereDataArrives() {
        InvisibleTextConfig config = ConfigBinding.bindYaml(InvisibleTextConfig.class, "");

        assertThat(config.classes()).containsExactlyInAnyOrder(InvisibleClass.values());
        assertThat(config.action()).isEqualTo(ScannerAction.SANITIZE);
        assertThat(config.variationSelectorRun()).isEqualTo(2);
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK);
    }

    @Test
    void bindsEveryKey() {
        InvisibleTextConfig config = ConfigBinding.bindYaml(InvisibleTextConfig.class, """
                classes: [tag, bidi-control, zero-width, private-use, variation-selector-run, control]
                action: require-approval
                variation-selector-run: 4
                targets: [response]
                """);

        assertThat(config.classes()).isEqualTo(EnumSet.allOf(InvisibleClass.class));
        assertThat(config.action()).isEqualTo(ScannerAction.REQUIRE_APPROVAL);
        assertThat(config.variationSelectorRun()).isEqualTo(4);
        assertThat(config.targets()).containsExactly(ScanTarget.RESPONSE);
    }

    @Test
    void aRunOfOneSelectorIsRefusedWithItsPath() {
        assertThat(errorPaths(InvisibleTextConfig.class, "variation-selector-run: 1")).containsExactly("variation-selector-run");
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

package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlsConfigTest {

    @Test
    void defaultsSanitizeImagesAndDisguisesInAnswersAndToolResults() {
        UrlsConfig config = ConfigBinding.bindYaml(UrlsConfig.class, "");

        assertThat(config).isEqualTo(UrlsConfig.defaults());
        assertThat(config.allow()).isEmpty();
        assertThat(config.deny()).isEmpty();
        assertThat(config.lookAlikes()).isTrue();
        assertThat(config.images()).isEqualTo(UrlsConfig.ImagePolicy.LISTED_ONLY);
        assertThat(config.action()).isEqualTo(ScannerAction.SANITIZE);
        assertThat(config.replacement()).isEqualTo("[link removed]");
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.RESPONSE, ScanTarget.TOOL_RESULT);
        assertThat(config.window()).isEqualTo(640);
    }

    @Test
    void bindsEveryKey() {
        UrlsConfig config = ConfigBinding.bindYaml(UrlsConfig.class, """
                allow: [example.com, bücher.de]
                deny: [evil.net]
                look-alikes: false
                images: any
                action: block
                replacement: "<link>"
                targets: [response]
                window: 1000
                """);

        assertThat(config).isEqualTo(new UrlsConfig(List.of("example.com", "bücher.de"), List.of("evil.net"), false,
                UrlsConfig.ImagePolicy.ANY, ScannerAction.BLOCK, "<link>", Set.of(ScanTarget.RESPONSE), 1000));
    }

    @Test
    void unknownKeysAndBlankEntriesAreRefusedWithTheirPaths() {
        assertThat(errorPaths(UrlsConfig.class, "alow: [example.com]")).containsExactly("alow");
        assertThat(errorPaths(UrlsConfig.class, "deny: ['']")).containsExactly("deny[0]");
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

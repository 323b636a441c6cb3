package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnthropicConfigTest {

    @Test
    void defaultsAreTheVendorUrlASixtySecondTimeoutAnd1024MaxTokens() {
        AnthropicConfig config = ConfigBinding.bindYaml(AnthropicConfig.class,
                "{model: claude-sonnet-4-5, api-key: {secret: 'env:ANTHROPIC_API_KEY'}}", TestProviders.SECRETS);

        assertThat(config).isEqualTo(new AnthropicConfig("claude-sonnet-4-5", Optional.of(Secret.of(TestProviders.ANTHROPIC_KEY)),
                Optional.empty(), Duration.ofSeconds(60), 1024, Optional.empty()));
    }

    @Test
    void mapsEveryKey() {
        AnthropicConfig config = ConfigBinding.bindYaml(AnthropicConfig.class, """
                model: claude-haiku-4-5
                api-key: {secret: "env:ANTHROPIC_API_KEY"}
                base-url: http://127.0.0.1:9999/v1/
                timeout: 90s
                max-tokens: 4096
                temperature: 0.5
                """, TestProviders.SECRETS);

        assertThat(config).isEqualTo(new AnthropicConfig("claude-haiku-4-5", Optional.of(Secret.of(TestProviders.ANTHROPIC_KEY)),
                Optional.of("http://127.0.0.1:9999/v1"), Duration.ofSeconds(90), 4096, Optional.of(0.5)));
    }

    @Test
    void theModelIsRequired() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class, "{api-key: {secret: 'env:ANTHROPIC_API_KEY'}}", TestProviders.SECRETS))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("model"));
    }

    @Test
    void outOfRangeValuesAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class,
                "{model: m, api-key: {secret: 'env:ANTHROPIC_API_KEY'}, max-tokens: 0, temperature: 1.5}", TestProviders.SECRETS))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("max-tokens", "temperature"));
    }

    @Test
    void theApiKeyMustBeASecretReferenceNeverALiteral() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class, "{model: m, api-key: sk-ant-literal}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactly("api-key");
                    assertThat(e.getMessage()).doesNotContain("sk-ant-literal");
                });
    }

    @Test
    void withoutAnApiKeyOnlyAProxyBaseUrlIsAccepted() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class, "{model: m}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api-key is required");
        assertThat(ConfigBinding.bindYaml(AnthropicConfig.class, "{model: m, base-url: 'https://proxy.internal/anthropic'}").apiKey()).isEmpty();
    }

    @Test
    void aBaseUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class, "{model: m, base-url: 'api.anthropic.com'}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("base-url must be an absolute http or https URL");
    }

    @Test
    void unknownKeysAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AnthropicConfig.class, "{model: m, base-url: 'http://x', max_tokens: 5}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("max_tokens"));
    }
}

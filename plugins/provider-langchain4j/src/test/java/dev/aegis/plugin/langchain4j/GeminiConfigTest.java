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

class GeminiConfigTest {

    @Test
    void defaultsAreTheVendorUrlAndASixtySecondTimeout() {
        GeminiConfig config = ConfigBinding.bindYaml(GeminiConfig.class,
                "{model: gemini-2.5-flash, api-key: {secret: 'env:GEMINI_API_KEY'}}", TestProviders.SECRETS);

        assertThat(config).isEqualTo(new GeminiConfig("gemini-2.5-flash", Optional.of(Secret.of(TestProviders.GEMINI_KEY)),
                Optional.empty(), Duration.ofSeconds(60), Optional.empty(), Optional.empty()));
    }

    @Test
    void mapsEveryKey() {
        GeminiConfig config = ConfigBinding.bindYaml(GeminiConfig.class, """
                model: gemini-2.5-pro
                api-key: {secret: "env:GEMINI_API_KEY"}
                base-url: https://gemini-proxy.internal/v1beta
                timeout: 2m
                max-tokens: 2048
                temperature: 1.2
                """, TestProviders.SECRETS);

        assertThat(config).isEqualTo(new GeminiConfig("gemini-2.5-pro", Optional.of(Secret.of(TestProviders.GEMINI_KEY)),
                Optional.of("https://gemini-proxy.internal/v1beta"), Duration.ofMinutes(2), Optional.of(2048), Optional.of(1.2)));
    }

    @Test
    void outOfRangeValuesAndABlankModelAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(GeminiConfig.class,
                "{model: ' ', api-key: {secret: 'env:GEMINI_API_KEY'}, max-tokens: -1, temperature: 2.5}", TestProviders.SECRETS))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("model", "max-tokens", "temperature"));
    }

    @Test
    void anApiKeyIsRequiredForTheVendorsOwnEndpoint() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(GeminiConfig.class, "{model: gemini-2.5-flash}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api-key is required");
    }
}

package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenAiConfigTest {

    @Test
    void defaultsTalkToOpenAiWithBearerAuthAndStreamUsage() {
        OpenAiConfig config = ConfigBinding.bindYaml(OpenAiConfig.class, "");

        assertThat(config).isEqualTo(new OpenAiConfig("https://api.openai.com/v1", Optional.empty(), OpenAiConfig.AuthHeader.AUTHORIZATION,
                Optional.empty(), Optional.empty(), Map.of(), Map.of(), Duration.ofSeconds(5), Duration.ofSeconds(60), 256, Duration.ofSeconds(4), true, false));
    }

    @Test
    void bindsEveryKey() {
        OpenAiConfig config = ConfigBinding.bindYaml(OpenAiConfig.class, """
                base-url: https://my-resource.openai.azure.com/openai/deployments/gpt-4o/
                api-key: {secret: "env:AZURE_OPENAI_KEY"}
                auth-header: api-key
                model: gpt-4o
                organization: org-42
                headers: {X-Team: payments}
                query: {api-version: "2024-10-21"}
                connect-timeout: 2s
                idle-timeout: 5m
                max-connections: 64
                pool-idle-timeout: 30s
                stream-usage: false
                system-proxy: true
                """, reference -> Secret.of("resolved " + reference));

        assertThat(config.baseUrl()).as("without its trailing slash").isEqualTo("https://my-resource.openai.azure.com/openai/deployments/gpt-4o");
        assertThat(config.apiKey()).contains(Secret.of("resolved env:AZURE_OPENAI_KEY"));
        assertThat(config.authHeader()).isEqualTo(OpenAiConfig.AuthHeader.API_KEY);
        assertThat(config.model()).contains("gpt-4o");
        assertThat(config.organization()).contains("org-42");
        assertThat(config.headers()).isEqualTo(Map.of("X-Team", "payments"));
        assertThat(config.query()).isEqualTo(Map.of("api-version", "2024-10-21"));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.maxConnections()).isEqualTo(64);
        assertThat(config.poolIdleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.streamUsage()).isFalse();
        assertThat(config.systemProxy()).isTrue();
    }

    @Test
    void theKeyNeverPrints() {
        OpenAiConfig config = ConfigBinding.bindYaml(OpenAiConfig.class, "api-key: {secret: \"env:OPENAI_API_KEY\"}", reference -> Secret.of("sk-live-123"));

        assertThat(config.toString()).doesNotContain("sk-live-123");
    }

    @Test
    void aLiteralKeyIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "api-key: sk-live-123"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("api-key"))
                .hasMessageNotContaining("sk-live-123");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "base-url: ftp://example.com"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("base-url");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "base-url: https://x.openai.azure.com/openai?api-version=1"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("query");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "base-url: https://me:hunter2@example.com/v1"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void timeoutsAndPoolSizeMustBePositive() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "idle-timeout: 0s"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("idle-timeout must be positive");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "pool-idle-timeout: 0s"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("pool-idle-timeout must be positive");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "max-connections: 0"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("max-connections"));
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OpenAiConfig.class, "base-uri: https://api.openai.com/v1"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("base-uri"));
    }
}

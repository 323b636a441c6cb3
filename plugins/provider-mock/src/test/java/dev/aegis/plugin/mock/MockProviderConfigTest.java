package dev.aegis.plugin.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MockProviderConfigTest {

    @Test
    void everyKeyHasADefault() {
        MockProviderConfig config = ConfigBinding.bindYaml(MockProviderConfig.class, "");

        assertThat(config).isEqualTo(MockProviderConfig.defaults());
        assertThat(config.model()).isEqualTo("mock-1");
        assertThat(config.reply()).isEqualTo("Mock reply to: {last_user_message}");
        assertThat(config.chunkSize()).isEqualTo(8);
        assertThat(config.chunkDelay()).isEqualTo(Duration.ZERO);
        assertThat(config.toolCallTrigger()).isEqualTo("call tool");
        assertThat(config.toolArguments()).isEqualTo("{}");
    }

    @Test
    void mapsEveryKey() {
        MockProviderConfig config = ConfigBinding.bindYaml(MockProviderConfig.class, """
                model: demo-large
                reply: "You said: {last_user_message}"
                chunk-size: 3
                chunk-delay: 250ms
                tool-call-trigger: use the weather tool
                tool-arguments: '{"city": "Paris"}'
                """);

        assertThat(config).isEqualTo(new MockProviderConfig("demo-large", "You said: {last_user_message}", 3, Duration.ofMillis(250),
                "use the weather tool", "{\"city\": \"Paris\"}"));
    }

    @Test
    void anUnknownKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(MockProviderConfig.class, "chunk-sise: 3"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("chunk-sise"));
    }

    @Test
    void outOfRangeNumbersAreRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(MockProviderConfig.class, """
                chunk-size: 0
                """))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("chunk-size"));
    }

    @Test
    void aBlankModelIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(MockProviderConfig.class, "model: ' '"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("model"));
    }

    @Test
    void toolArgumentsMustBeAJsonObject() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(MockProviderConfig.class, "tool-arguments: Paris"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tool-arguments must be a JSON object");
    }

    @Test
    void aNegativeChunkDelayIsRefused() {
        assertThatThrownBy(() -> new MockProviderConfig(null, null, null, Duration.ofMillis(-1), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk-delay");
    }
}

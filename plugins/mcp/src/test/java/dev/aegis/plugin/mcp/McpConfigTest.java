package dev.aegis.plugin.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class McpConfigTest {

    @Test
    void defaultsWaitThirtySecondsRefreshEveryFiveMinutesAndKeepTheServersNames() {
        McpConfig config = ConfigBinding.bindYaml(McpConfig.class, "servers: {weather: {command: [weather-server]}}");

        assertThat(config).isEqualTo(new McpConfig(
                Map.of("weather", new McpConfig.Server(List.of("weather-server"), Map.of(), Map.of(), Optional.empty(), Optional.empty(), Map.of())),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5), false));
    }

    @Test
    void bindsEveryKey() {
        McpConfig config = ConfigBinding.bindYaml(McpConfig.class, """
                servers:
                  weather:
                    command: [java, -jar, weather.jar]
                    env: {UNITS: metric}
                    secret-env: {WEATHER_KEY: {secret: "env:WEATHER_KEY"}}
                    working-directory: /srv/weather
                  search_v2:
                    url: https://search.example.com/mcp?tenant=7
                    headers: {Authorization: {secret: "env:SEARCH_TOKEN"}}
                call-timeout: 10s
                start-timeout: 1m
                refresh-interval: 30s
                prefix: true
                """, reference -> Secret.of("resolved " + reference));

        assertThat(config.servers()).containsOnlyKeys("weather", "search_v2");
        assertThat(config.servers().keySet()).as("in the order written").containsExactly("weather", "search_v2");
        McpConfig.Server weather = config.servers().get("weather");
        assertThat(weather.command()).containsExactly("java", "-jar", "weather.jar");
        assertThat(weather.env()).isEqualTo(Map.of("UNITS", "metric"));
        assertThat(weather.secretEnv()).isEqualTo(Map.of("WEATHER_KEY", Secret.of("resolved env:WEATHER_KEY")));
        assertThat(weather.workingDirectory()).contains("/srv/weather");
        assertThat(weather.isStdio()).isTrue();
        McpConfig.Server search = config.servers().get("search_v2");
        assertThat(search.url()).contains("https://search.example.com/mcp?tenant=7");
        assertThat(search.headers()).isEqualTo(Map.of("Authorization", Secret.of("resolved env:SEARCH_TOKEN")));
        assertThat(search.isStdio()).isFalse();
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.startTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.prefix()).isTrue();
    }

    @Test
    void secretsNeverPrint() {
        McpConfig config = ConfigBinding.bindYaml(McpConfig.class, """
                servers:
                  search: {url: "http://127.0.0.1:9000/mcp", headers: {Authorization: {secret: "env:T"}}}
                  local: {command: [server], secret-env: {KEY: {secret: "env:K"}}}
                """, reference -> Secret.of("hunter2-" + reference));

        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void aLiteralHeaderValueIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {search: {url: 'http://h/mcp', headers: {Authorization: Bearer hunter2}}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.search.headers")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aServerIsEitherACommandOrAUrl() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {weather: {command: [w], url: 'http://h/mcp'}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.weather: give either a command (stdio) or a url (streamable HTTP), not both");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {weather: {env: {A: b}}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not neither");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {search: {url: 'http://h/mcp', env: {A: b}}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("only for a command server");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {weather: {command: [w], headers: {A: {secret: 'env:A'}}}}", reference -> Secret.of("x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.weather.headers: only for a url server");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {weather: {command: [w, '']}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.weather.command: no part may be empty");
    }

    @Test
    void aVariableIsEitherPlainOrSecret() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {w: {command: [w], env: {KEY: a}, secret-env: {KEY: {secret: 'env:K'}}}}",
                        reference -> Secret.of("x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'KEY' is in both env and secret-env");
    }

    @Test
    void serverNamesAreKebabOrSnakeCase() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {Weather Server: {command: [w]}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.Weather Server: a server name is lower case");
    }

    @Test
    void aUrlMustBeHttpWithoutCredentials() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {s: {url: 'ftp://h/mcp'}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("servers.s.url must be an absolute http or https URL");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {s: {url: 'https://me:hunter2@h/mcp'}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void atLeastOneServerIsNeeded() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "call-timeout: 5s"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("servers"));
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {w: {command: [w]}}\ncall-timeout: 0s"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("call-timeout must be positive");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {w: {command: [w]}}\nrefresh-interval: 0ms"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("refresh-interval must be positive");
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(McpConfig.class, "servers: {w: {command: [w], cwd: /tmp}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("servers.w.cwd"));
    }
}

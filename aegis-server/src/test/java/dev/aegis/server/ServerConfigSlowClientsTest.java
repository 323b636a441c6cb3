package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigSlowClientsTest {

    @Test
    void slowClientsAreBoundedByDefault() {
        ServerConfig defaults = ConfigBinding.bindYaml(ServerConfig.class, "{}");

        assertThat(defaults.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxConnectionsPerClient()).isEqualTo(256);
        assertThat(defaults.drainTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.adminRole()).isEqualTo("admin");
        assertThat(defaults).isEqualTo(ServerConfig.defaults());
    }

    @Test
    void bindsTheBoundsAndKeepsThemWithAnotherPort() {
        ServerConfig config = ConfigBinding.bindYaml(ServerConfig.class, """
                header-timeout: 2s
                body-timeout: 500ms
                max-connections-per-client: 0
                drain-timeout: 5s
                admin-role: operator
                """).withPort(0);

        assertThat(config.headerTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.bodyTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxConnectionsPerClient()).isZero();
        assertThat(config.drainTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.adminRole()).isEqualTo("operator");
    }

    @Test
    void refusesATimeoutOfZeroAndANegativeLimit() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ServerConfig.class, "header-timeout: 0s")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("header-timeout");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ServerConfig.class, "max-connections-per-client: -1")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("max-connections-per-client");
    }
}

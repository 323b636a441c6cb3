package dev.aegis.plugin.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

class PrometheusConfigTest {

    @Test
    void defaultsServeMetricsWithoutAuthentication() {
        PrometheusConfig config = ConfigBinding.bindYaml(PrometheusConfig.class, "{}");

        assertThat(config.path()).isEqualTo("/metrics");
        assertThat(config.authenticated()).isFalse();
    }

    @Test
    void bindsEverything() {
        assertThat(ConfigBinding.bindYaml(PrometheusConfig.class, "{path: /internal/metrics, authenticated: true}"))
                .isEqualTo(new PrometheusConfig("/internal/metrics", true));
    }

    @Test
    void refusesARelativePath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PrometheusConfig.class, "path: metrics"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("path");
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.api.secret.Secret;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservabilityConfigTest {

    @Test
    void defaultsRecordEveryTraceAsAegisAndLogText() {
        assertThat(ConfigBinding.bindYaml(ObservabilityConfig.class, "{}"))
                .isEqualTo(new ObservabilityConfig("aegis", 1.0, ObservabilityConfig.LogFormat.TEXT, 4096, 512, Duration.ofSeconds(2),
                        new ObservabilityConfig.Metrics(false, Optional.empty(), "metrics")))
                .isEqualTo(ObservabilityConfig.DEFAULTS);
    }

    @Test
    void aScrapeIsAuthenticatedUnlessSaidOtherwise() {
        assertThat(ObservabilityConfig.DEFAULTS.metrics().anonymous()).isFalse();
        assertThat(ObservabilityConfig.DEFAULTS.metrics().token()).isEmpty();
    }

    @Test
    void bindsEverything() {
        assertThat(ConfigBinding.bindYaml(ObservabilityConfig.class, """
                service-name: gateway-eu
                sample-ratio: 0.25
                log-format: json
                span-queue-size: 100
                span-batch-size: 10
                span-export-delay: 500ms
                metrics: {anonymous: true, token: {secret: "env:AEGIS_METRICS_TOKEN"}, role: scraper}
                """, reference -> Secret.of("resolved " + reference)))
                .isEqualTo(new ObservabilityConfig("gateway-eu", 0.25, ObservabilityConfig.LogFormat.JSON, 100, 10, Duration.ofMillis(500),
                        new ObservabilityConfig.Metrics(true, Optional.of(Secret.of("resolved env:AEGIS_METRICS_TOKEN")), "scraper")));
    }

    @Test
    void refusesARatioAboveOne() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ObservabilityConfig.class, "sample-ratio: 2")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sample-ratio");
    }
}

package dev.aegis.plugin.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OtlpConfigTest {

    @Test
    void defaultsSendBothSignalsToALocalCollector() {
        OtlpConfig config = ConfigBinding.bindYaml(OtlpConfig.class, "{}");

        assertThat(config.endpoint()).isEqualTo("http://localhost:4318");
        assertThat(config.headers()).isEmpty();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retries()).isEqualTo(3);
        assertThat(config.signals()).containsExactly(Signal.TRACES, Signal.METRICS);
        assertThat(config.metricsInterval()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void bindsEverythingWithHeadersAsSecrets() {
        OtlpConfig config = ConfigBinding.bindYaml(OtlpConfig.class, """
                endpoint: https://collector.example:4318/
                headers: {authorization: {secret: "env:OTLP_TOKEN"}}
                timeout: 3s
                retries: 0
                signals: [traces]
                metrics-interval: 15s
                """, reference -> Secret.of("Bearer t0ken"));

        assertThat(config.endpoint()).isEqualTo("https://collector.example:4318");
        assertThat(config.headers().get("authorization").reveal()).isEqualTo("Bearer t0ken");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.retries()).isZero();
        assertThat(config.signals()).containsExactly(Signal.TRACES);
        assertThat(config.metricsInterval()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void refusesAnEndpointThatIsNotHttp() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OtlpConfig.class, "endpoint: grpc://collector:4317"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http(s)");
    }

    @Test
    void refusesUnboundedRetriesAndUnknownKeys() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OtlpConfig.class, "retries: 50")).isInstanceOf(ConfigException.class).hasMessageContaining("retries");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OtlpConfig.class, "endpont: http://x")).isInstanceOf(ConfigException.class).hasMessageContaining("endpont");
    }
}

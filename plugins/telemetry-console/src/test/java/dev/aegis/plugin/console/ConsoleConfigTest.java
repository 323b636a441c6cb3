package dev.aegis.plugin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.telemetry.Signal;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleConfigTest {

    @Test
    void defaultsWriteSpansToStandardError() {
        ConsoleConfig config = ConfigBinding.bindYaml(ConsoleConfig.class, "{}");

        assertThat(config).isEqualTo(new ConsoleConfig(ConsoleConfig.Target.STDERR, List.of(Signal.TRACES), Duration.ofSeconds(60)));
    }

    @Test
    void bindsEverything() {
        assertThat(ConfigBinding.bindYaml(ConsoleConfig.class, "{target: log, signals: [traces, metrics], metrics-interval: 5s}"))
                .isEqualTo(new ConsoleConfig(ConsoleConfig.Target.LOG, List.of(Signal.TRACES, Signal.METRICS), Duration.ofSeconds(5)));
    }

    @Test
    void refusesAnUnknownTarget() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ConsoleConfig.class, "target: stdout")).isInstanceOf(ConfigException.class);
    }
}

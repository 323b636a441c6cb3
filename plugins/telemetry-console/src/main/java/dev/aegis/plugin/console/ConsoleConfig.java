package dev.aegis.plugin.console;

import dev.aegis.api.telemetry.Signal;
import java.time.Duration;
import java.util.List;

/**
 * Configuration of the {@code console} exporter.
 *
 * @param target {@code stderr}, or {@code log}: the {@code dev.aegis.telemetry} logger at INFO
 * @param signals what to write: {@code traces}, {@code metrics} or both
 * @param metricsInterval how often metrics are written
 */
public record ConsoleConfig(Target target, List<Signal> signals, Duration metricsInterval) {

    public ConsoleConfig {
        target = target == null ? Target.STDERR : target;
        signals = signals == null || signals.isEmpty() ? List.of(Signal.TRACES) : List.copyOf(signals);
        metricsInterval = metricsInterval == null ? Duration.ofSeconds(60) : metricsInterval;
        if (metricsInterval.isNegative() || metricsInterval.isZero()) {
            throw new IllegalArgumentException("metrics-interval must be positive");
        }
    }

    public enum Target {
        STDERR,
        LOG
    }
}

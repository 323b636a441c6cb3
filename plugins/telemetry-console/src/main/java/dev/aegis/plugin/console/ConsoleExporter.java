package dev.aegis.plugin.console;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** One JSON object per span or metric, handed to a line consumer. */
final class ConsoleExporter implements TelemetryExporter {

    private final Set<Signal> signals;
    private final Duration metricsInterval;
    private final Consumer<String> out;

    ConsoleExporter(ConsoleConfig config, Consumer<String> out) {
        this.signals = Set.copyOf(EnumSet.copyOf(config.signals()));
        this.metricsInterval = config.metricsInterval();
        this.out = out;
    }

    @Override
    public Set<Signal> signals() {
        return signals;
    }

    @Override
    public void exportSpans(List<FinishedSpan> spans) {
        spans.forEach(span -> out.accept(JsonLines.span(span)));
    }

    @Override
    public void exportMetrics(List<MetricSnapshot> metrics) {
        metrics.forEach(metric -> out.accept(JsonLines.metric(metric)));
    }

    @Override
    public Duration metricsInterval() {
        return metricsInterval;
    }
}

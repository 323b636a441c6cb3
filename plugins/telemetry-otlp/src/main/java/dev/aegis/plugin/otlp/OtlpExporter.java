package dev.aegis.plugin.otlp;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Encodes each batch the gateway hands over (already batched, on the gateway's export thread) and
 * posts it to the collector.
 */
final class OtlpExporter implements TelemetryExporter {

    static final String TRACES = "/v1/traces";
    static final String METRICS = "/v1/metrics";

    private final Set<Signal> signals;
    private final Duration metricsInterval;
    private final OtlpSender sender;

    OtlpExporter(OtlpConfig config, OtlpSender sender) {
        this.signals = Set.copyOf(EnumSet.copyOf(config.signals()));
        this.metricsInterval = config.metricsInterval();
        this.sender = sender;
    }

    @Override
    public Set<Signal> signals() {
        return signals;
    }

    @Override
    public void exportSpans(List<FinishedSpan> spans) {
        if (!spans.isEmpty()) {
            sender.send(TRACES, TraceEncoding.encode(spans));
        }
    }

    @Override
    public void exportMetrics(List<MetricSnapshot> metrics) {
        if (!metrics.isEmpty()) {
            sender.send(METRICS, MetricEncoding.encode(metrics));
        }
    }

    @Override
    public Duration metricsInterval() {
        return metricsInterval;
    }

    @Override
    public void close() {
        sender.close();
    }

    @Override
    public String toString() {
        return "OtlpExporter" + signals;
    }
}

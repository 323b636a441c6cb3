package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.TelemetryExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import java.util.Collection;

/** The SDK's metric exporter in front of a pushing exporter plugin: cumulative snapshots as neutral records. */
final class MetricBridge implements MetricExporter {

    private final TelemetryExporter exporter;

    MetricBridge(TelemetryExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
        return Exports.attempt(exporter, "metrics", () -> exporter.exportMetrics(Conversions.metrics(metrics)));
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}

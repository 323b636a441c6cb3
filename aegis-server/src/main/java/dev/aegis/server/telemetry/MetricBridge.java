package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.TelemetryExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The SDK's metric exporter in front of a pushing exporter plugin: cumulative snapshots as neutral records. */
final class MetricBridge implements MetricExporter {

    private static final Logger LOG = Logger.getLogger(MetricBridge.class.getName());

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
        try {
            exporter.exportMetrics(Conversions.metrics(metrics));
            return CompletableResultCode.ofSuccess();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "telemetry exporter " + exporter.getClass().getName() + " failed to export metrics: " + e.getClass().getName());
            return CompletableResultCode.ofFailure();
        }
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

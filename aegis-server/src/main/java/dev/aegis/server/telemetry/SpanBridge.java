package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.TelemetryExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The SDK's span exporter in front of an exporter plugin: finished spans as neutral records, on the processor's thread. */
final class SpanBridge implements SpanExporter {

    private static final Logger LOG = Logger.getLogger(SpanBridge.class.getName());

    private final TelemetryExporter exporter;

    SpanBridge(TelemetryExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        try {
            exporter.exportSpans(Conversions.spans(spans));
            return CompletableResultCode.ofSuccess();
        } catch (RuntimeException e) {
            // Only the type: an exporter's message might quote what it was sending.
            LOG.log(Level.WARNING, "telemetry exporter " + exporter.getClass().getName() + " failed to export spans: " + e.getClass().getName());
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

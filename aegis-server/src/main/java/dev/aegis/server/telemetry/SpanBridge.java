package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.TelemetryExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/** The SDK's span exporter in front of an exporter plugin: finished spans as neutral records, on the processor's thread. */
final class SpanBridge implements SpanExporter {

    private final TelemetryExporter exporter;

    SpanBridge(TelemetryExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return Exports.attempt(exporter, "spans", () -> exporter.exportSpans(Conversions.spans(spans)));
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

package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.Signal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingTelemetryExporterTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void keepsEverySpanAndFindsATrace() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter();
        FinishedSpan first = span(TRACE, "aaaaaaaaaaaaaaaa");
        FinishedSpan other = span("1".repeat(32), "bbbbbbbbbbbbbbbb");

        exporter.exportSpans(List.of(first));
        exporter.exportSpans(List.of(other));

        assertThat(exporter.spans()).containsExactly(first, other);
        assertThat(exporter.trace(TRACE)).containsExactly(first);
    }

    @Test
    void theLatestPushOfAMetricWins() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter();

        exporter.exportMetrics(List.of(counter(1)));
        exporter.exportMetrics(List.of(counter(3)));

        assertThat(exporter.latest("requests")).hasValueSatisfying(metric ->
                assertThat(((MetricPoint.Numeric) metric.points().getFirst()).value()).isEqualTo(3));
        assertThat(exporter.latest("other")).isEmpty();
    }

    @Test
    void declaresTheSignalsItWasGiven() {
        assertThat(new RecordingTelemetryExporter().signals()).containsExactlyInAnyOrder(Signal.TRACES, Signal.METRICS);
        assertThat(new RecordingTelemetryExporter(EnumSet.of(Signal.TRACES)).signals()).containsExactly(Signal.TRACES);
    }

    @Test
    void countsCloses() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter();
        assertThat(exporter.isClosed()).isFalse();

        exporter.close();

        assertThat(exporter.isClosed()).isTrue();
        assertThat(exporter.closeCount()).isEqualTo(1);
    }

    private static FinishedSpan span(String trace, String id) {
        return new FinishedSpan(trace, id, "", "chat", FinishedSpan.Kind.SERVER, 1, 2, Map.of(), List.of(), FinishedSpan.Status.UNSET, "",
                "test", Map.of());
    }

    private static MetricSnapshot counter(double value) {
        return new MetricSnapshot("requests", "", "1", MetricSnapshot.Type.SUM, true, List.of(new MetricPoint.Numeric(Map.of(), 0, 1, value)),
                "test", Map.of());
    }
}

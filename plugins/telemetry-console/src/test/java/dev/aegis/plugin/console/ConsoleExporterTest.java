package dev.aegis.plugin.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.Signal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConsoleExporterTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void aSpanIsOneJsonLineWithItsIdsAttributesAndEvents() {
        ConsoleExporter exporter = new ConsoleExporter(new ConsoleConfig(null, null, null), lines::add);
        FinishedSpan span = new FinishedSpan("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "", "chat \"x\"", FinishedSpan.Kind.CLIENT,
                1_000_000, 3_500_000, Map.of("aegis.attempt", 1L, "gen_ai.response.finish_reasons", List.of("stop")),
                List.of(new FinishedSpan.SpanEvent("aegis.guard.verdict", 2_000_000, Map.of("aegis.guard", "regex"))),
                FinishedSpan.Status.OK, "", "dev.aegis.runtime", Map.of());

        exporter.exportSpans(List.of(span));

        assertThat(lines).containsExactly("{\"signal\":\"span\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\",\"span_id\":\"00f067aa0ba902b7\","
                + "\"parent_span_id\":\"\",\"name\":\"chat \\\"x\\\"\",\"kind\":\"CLIENT\",\"start_unix_nano\":1000000,\"duration_ms\":2.5,\"status\":\"OK\","
                + "\"attributes\":{\"aegis.attempt\":1,\"gen_ai.response.finish_reasons\":[\"stop\"]},"
                + "\"events\":[{\"name\":\"aegis.guard.verdict\",\"attributes\":{\"aegis.guard\":\"regex\"}}]}");
    }

    @Test
    void metricsAreWrittenWhenAskedFor() {
        ConsoleExporter exporter = new ConsoleExporter(new ConsoleConfig(null, List.of(Signal.METRICS), null), lines::add);

        exporter.exportMetrics(List.of(new MetricSnapshot("aegis.guard.verdicts", "", "{verdict}", MetricSnapshot.Type.SUM, true,
                List.of(new MetricPoint.Numeric(Map.of("aegis.guard", "regex"), 0, 1, 2)), "dev.aegis.runtime", Map.of())));

        assertThat(exporter.signals()).containsExactly(Signal.METRICS);
        assertThat(lines).containsExactly("{\"signal\":\"metric\",\"name\":\"aegis.guard.verdicts\",\"unit\":\"{verdict}\",\"type\":\"SUM\","
                + "\"points\":[{\"attributes\":{\"aegis.guard\":\"regex\"},\"value\":2.0}]}");
    }
}

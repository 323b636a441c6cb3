package dev.aegis.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.ObservabilityConfig;
import dev.aegis.testkit.RecordingTelemetryExporter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelemetryTest {

    @Test
    void withoutExportersNothingIsRecorded() {
        try (Telemetry telemetry = Telemetry.start(List.of(), ObservabilityConfig.DEFAULTS)) {
            assertThat(telemetry.enabled()).isFalse();
            assertThat(telemetry.openTelemetry()).isSameAs(OpenTelemetry.noop());
        }
    }

    @Test
    void finishedSpansReachTheExporterAsNeutralRecordsAtTheLatestOnClose() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter(EnumSet.of(Signal.TRACES));
        Telemetry telemetry = Telemetry.start(List.of(exporter), new ObservabilityConfig("gateway-a", null, null, null, null, null, null));
        Span parent = telemetry.openTelemetry().getTracer("test").spanBuilder("parent").setSpanKind(SpanKind.SERVER).startSpan();
        Span child = telemetry.openTelemetry().getTracer("test").spanBuilder("child")
                .setParent(io.opentelemetry.context.Context.root().with(parent)).setAttribute("aegis.attempt", 2L).startSpan();
        child.addEvent("aegis.guard.verdict");
        child.end();
        parent.end();

        telemetry.close();

        assertThat(exporter.spans()).extracting(FinishedSpan::name).containsExactly("child", "parent");
        FinishedSpan recordedChild = exporter.spans().getFirst();
        FinishedSpan recordedParent = exporter.spans().get(1);
        assertThat(recordedParent.isRoot()).isTrue();
        assertThat(recordedParent.kind()).isEqualTo(FinishedSpan.Kind.SERVER);
        assertThat(recordedChild.parentSpanId()).isEqualTo(recordedParent.spanId());
        assertThat(recordedChild.attributes()).containsEntry("aegis.attempt", 2L);
        assertThat(recordedChild.events()).extracting(FinishedSpan.SpanEvent::name).containsExactly("aegis.guard.verdict");
        assertThat(recordedChild.resource()).containsEntry("service.name", "gateway-a");
        assertThat(recordedChild.scope()).isEqualTo("test");
    }

    @Test
    void metricsArePushedToAnExporterThatTakesThemAtShutdownToo() {
        RecordingTelemetryExporter exporter = new RecordingTelemetryExporter(EnumSet.of(Signal.METRICS));
        Telemetry telemetry = Telemetry.start(List.of(exporter), ObservabilityConfig.DEFAULTS);
        telemetry.openTelemetry().getMeter("test").counterBuilder("aegis.things").build().add(3);

        telemetry.close();

        assertThat(exporter.latest("aegis.things")).hasValueSatisfying(metric -> {
            assertThat(metric.type()).isEqualTo(MetricSnapshot.Type.SUM);
            assertThat(metric.monotonic()).isTrue();
        });
    }

    @Test
    void aScrapeOnOneOfTheGatewaysOwnPathsIsRefused() {
        assertThatThrownBy(() -> Telemetry.start(List.of(new Scrape("/v1/metrics")), ObservabilityConfig.DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("/v1/metrics");
        assertThatThrownBy(() -> Telemetry.start(List.of(new Scrape("/healthz")), ObservabilityConfig.DEFAULTS))
                .isInstanceOf(ConfigException.class);
    }

    private record Scrape(String path) implements TelemetryExporter, MetricsScrape {

        @Override
        public Set<Signal> signals() {
            return Set.of();
        }

        @Override
        public boolean authenticated() {
            return false;
        }

        @Override
        public String contentType() {
            return "text/plain";
        }

        @Override
        public byte[] render(List<MetricSnapshot> metrics) {
            return new byte[0];
        }
    }
}

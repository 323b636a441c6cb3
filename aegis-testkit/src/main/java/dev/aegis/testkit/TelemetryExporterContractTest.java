package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link TelemetryExporter}: it declares its signals and interval, takes empty
 * and ordinary batches without throwing, and flushes and closes after exporting; a
 * {@link MetricsScrape} serves an absolute path with a media type and renders any metrics.
 */
public abstract class TelemetryExporterContractTest {

    private TelemetryExporter exporter;

    /** A fresh exporter, closed after each test; it must not need anything listening to succeed. */
    protected abstract TelemetryExporter createExporter();

    private TelemetryExporter exporter() {
        if (exporter == null) {
            exporter = createExporter();
        }
        return exporter;
    }

    @AfterEach
    void closeExporter() {
        if (exporter != null) {
            exporter.close();
        }
    }

    @Test
    void declaresItsSignalsAndAPositiveInterval() {
        assertThat(exporter().signals()).isNotNull();
        assertThat(exporter().metricsInterval()).isPositive();
    }

    @Test
    void emptyBatchesAreHarmless() {
        assertThatCode(() -> {
            exporter().exportSpans(List.of());
            exporter().exportMetrics(List.of());
        }).doesNotThrowAnyException();
    }

    @Test
    void exportsThenFlushesAndCloses() {
        TelemetryExporter exporter = exporter();

        assertThatCode(() -> {
            exporter.exportSpans(List.of(span()));
            exporter.exportMetrics(List.of(counter()));
            exporter.flush();
        }).doesNotThrowAnyException();
    }

    @Test
    void aScrapeServesAnAbsolutePathAndRendersAnyMetrics() {
        if (!(exporter() instanceof MetricsScrape scrape)) {
            return;
        }
        assertThat(scrape.path()).startsWith("/");
        assertThat(scrape.contentType()).isNotBlank();
        assertThat(scrape.render(List.of())).isNotNull();
        assertThat(scrape.render(List.of(counter()))).isNotEmpty();
    }

    /** A plausible span of a request, for exporters to chew on. */
    protected static FinishedSpan span() {
        return new FinishedSpan("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "", "POST /v1/chat/completions",
                FinishedSpan.Kind.SERVER, 1_700_000_000_000_000_000L, 1_700_000_000_250_000_000L,
                Map.of("http.request.method", "POST", "http.response.status_code", 200L), List.of(), FinishedSpan.Status.UNSET, "",
                "dev.aegis.server", Map.of("service.name", "aegis"));
    }

    /** A counter with one point per route. */
    protected static MetricSnapshot counter() {
        return new MetricSnapshot("aegis.requests", "Requests answered", "{request}", MetricSnapshot.Type.SUM, true,
                List.of(new MetricPoint.Numeric(Map.of("aegis.route", "support"), 1L, 2L, 3)), "dev.aegis.server", Map.of("service.name", "aegis"));
    }
}

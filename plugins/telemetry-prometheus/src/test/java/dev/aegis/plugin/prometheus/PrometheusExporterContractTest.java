package dev.aegis.plugin.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TelemetryExporterContractTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusExporterContractTest extends TelemetryExporterContractTest {

    @Override
    protected TelemetryExporter createExporter() {
        return new PrometheusExporterFactory().create(new PrometheusConfig(null, null), FakePluginContext.create());
    }

    @Test
    void pushesNothingAndRendersWhatItIsGivenAtTheScrape() {
        TelemetryExporter exporter = createExporter();

        assertThat(exporter.signals()).isEmpty();
        assertThat(exporter).isInstanceOf(MetricsScrape.class);
        assertThat(new String(((MetricsScrape) exporter).render(List.of(counter())), StandardCharsets.UTF_8))
                .contains("aegis_requests_total{aegis_route=\"support\"} 3");
    }
}

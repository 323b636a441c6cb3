package dev.aegis.plugin.prometheus;

import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.MetricsScrape;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Pushes nothing: the gateway asks for the metrics at each scrape, and they are rendered as text. */
final class PrometheusExporter implements TelemetryExporter, MetricsScrape {

    private final PrometheusConfig config;

    PrometheusExporter(PrometheusConfig config) {
        this.config = config;
    }

    @Override
    public Set<Signal> signals() {
        return Set.of();
    }

    @Override
    public String path() {
        return config.path();
    }

    @Override
    public boolean authenticated() {
        return config.authenticated();
    }

    @Override
    public String contentType() {
        return TextFormat.CONTENT_TYPE;
    }

    @Override
    public byte[] render(List<MetricSnapshot> metrics) {
        return TextFormat.render(metrics).getBytes(StandardCharsets.UTF_8);
    }
}

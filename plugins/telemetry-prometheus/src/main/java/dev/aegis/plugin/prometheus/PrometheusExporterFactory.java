package dev.aegis.plugin.prometheus;

import dev.aegis.api.PluginContext;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.api.telemetry.TelemetryExporterFactory;

/** {@code prometheus}: a scrape endpoint in Prometheus's text format on the gateway's port. */
public final class PrometheusExporterFactory implements TelemetryExporterFactory<PrometheusConfig> {

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public Class<PrometheusConfig> configType() {
        return PrometheusConfig.class;
    }

    @Override
    public TelemetryExporter create(PrometheusConfig config, PluginContext context) {
        return new PrometheusExporter(config);
    }

    @Override
    public String description() {
        return "Serves the gateway's metrics for Prometheus to scrape (text exposition format, GET /metrics).";
    }
}

package dev.aegis.plugin.prometheus;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.telemetry.TelemetryExporterFactory;
import java.util.List;

/** The plugin's entry point. */
public final class PrometheusPlugin implements AegisPlugin {

    @Override
    public List<TelemetryExporterFactory<?>> telemetryExporters() {
        return List.of(new PrometheusExporterFactory());
    }
}

package dev.aegis.plugin.otlp;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.telemetry.TelemetryExporterFactory;
import java.util.List;

/** The plugin's entry point. */
public final class OtlpPlugin implements AegisPlugin {

    @Override
    public List<TelemetryExporterFactory<?>> telemetryExporters() {
        return List.of(new OtlpExporterFactory());
    }
}

package dev.aegis.plugin.console;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.telemetry.TelemetryExporterFactory;
import java.util.List;

/** The plugin's entry point. */
public final class ConsolePlugin implements AegisPlugin {

    @Override
    public List<TelemetryExporterFactory<?>> telemetryExporters() {
        return List.of(new ConsoleExporterFactory());
    }
}

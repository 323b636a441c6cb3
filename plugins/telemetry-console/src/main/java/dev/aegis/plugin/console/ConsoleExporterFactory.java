package dev.aegis.plugin.console;

import dev.aegis.api.PluginContext;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.api.telemetry.TelemetryExporterFactory;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** {@code console}: spans and metrics as JSON lines, for development. */
public final class ConsoleExporterFactory implements TelemetryExporterFactory<ConsoleConfig> {

    @Override
    public String name() {
        return "console";
    }

    @Override
    public Class<ConsoleConfig> configType() {
        return ConsoleConfig.class;
    }

    @Override
    public TelemetryExporter create(ConsoleConfig config, PluginContext context) {
        Consumer<String> out = switch (config.target()) {
            case STDERR -> System.err::println;
            case LOG -> Logger.getLogger("dev.aegis.telemetry")::info;
        };
        return new ConsoleExporter(config, out);
    }

    @Override
    public String description() {
        return "Writes spans (and, if asked, metrics) as JSON lines to standard error or the log, for development.";
    }
}

package dev.aegis.plugin.console;

import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.testkit.TelemetryExporterContractTest;

class ConsoleExporterContractTest extends TelemetryExporterContractTest {

    @Override
    protected TelemetryExporter createExporter() {
        return new ConsoleExporter(new ConsoleConfig(null, null, null), line -> {});
    }
}

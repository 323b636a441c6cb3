package dev.aegis.plugin.otlp;

import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TelemetryExporterContractTest;

/** Against a collector that is not there: exports fail quietly, on the caller's (export) thread. */
class OtlpExporterContractTest extends TelemetryExporterContractTest {

    @Override
    protected TelemetryExporter createExporter() {
        return new OtlpExporterFactory().create(ConfigBinding.bindYaml(OtlpConfig.class, "{endpoint: 'http://127.0.0.1:1', retries: 0, timeout: 1s}"),
                FakePluginContext.create());
    }
}

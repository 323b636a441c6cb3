package dev.aegis.plugin.otlp;

import dev.aegis.api.PluginContext;
import dev.aegis.api.telemetry.TelemetryExporter;
import dev.aegis.api.telemetry.TelemetryExporterFactory;

/** {@code otlp}: spans and metrics to an OpenTelemetry collector, OTLP over HTTP with protobuf. */
public final class OtlpExporterFactory implements TelemetryExporterFactory<OtlpConfig> {

    @Override
    public String name() {
        return "otlp";
    }

    @Override
    public Class<OtlpConfig> configType() {
        return OtlpConfig.class;
    }

    @Override
    public TelemetryExporter create(OtlpConfig config, PluginContext context) {
        return new OtlpExporter(config, new OtlpSender(config));
    }

    @Override
    public String description() {
        return "Sends spans and metrics to an OpenTelemetry collector (OTLP/HTTP, protobuf).";
    }
}

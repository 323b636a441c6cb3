package dev.aegis.api.telemetry;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link TelemetryExporter}. */
@API(status = API.Status.STABLE)
public interface TelemetryExporterFactory<C extends Record> extends PluginFactory<C, TelemetryExporter> {}

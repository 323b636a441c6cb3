package dev.aegis.api.telemetry;

import dev.aegis.api.API;

/**
 * Sends run summaries somewhere (OTLP, a log, a warehouse). Called off the request path's critical
 * section; must not block for long and must be thread-safe.
 */
@API(status = API.Status.STABLE)
public interface TelemetryExporter extends AutoCloseable {

    void export(RunSummary summary);

    /** Flushes and releases resources at shutdown. */
    @Override
    default void close() {}
}

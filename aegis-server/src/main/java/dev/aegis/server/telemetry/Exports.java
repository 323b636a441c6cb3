package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.TelemetryExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands one batch to an exporter plugin, as the SDK's exporters must: a failure is a result, never a throw. */
final class Exports {

    private static final Logger LOG = Logger.getLogger(Exports.class.getName());

    private Exports() {}

    static CompletableResultCode attempt(TelemetryExporter exporter, String what, Runnable export) {
        try {
            export.run();
            return CompletableResultCode.ofSuccess();
        } catch (RuntimeException e) {
            // Only the type: an exporter's message might quote what it was sending.
            LOG.log(Level.WARNING, "telemetry exporter " + exporter.getClass().getName() + " failed to export " + what + ": " + e.getClass().getName());
            return CompletableResultCode.ofFailure();
        }
    }
}

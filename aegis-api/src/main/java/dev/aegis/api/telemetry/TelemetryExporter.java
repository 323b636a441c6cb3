package dev.aegis.api.telemetry;

import dev.aegis.api.API;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Sends the gateway's telemetry somewhere: a collector, a log, a warehouse. The gateway records
 * spans and metrics with OpenTelemetry and hands an exporter plain, immutable records, so an
 * exporter needs no OpenTelemetry SDK (and sees none: the SDK is the gateway's own business).
 *
 * <p>Nothing here is called on a request's thread: finished spans arrive in batches from the
 * gateway's export thread, and a slow exporter makes the gateway drop spans rather than wait.
 * Implementations must be thread-safe. An exporter that serves metrics on request instead of
 * pushing them also implements {@link MetricsScrape}.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface TelemetryExporter extends AutoCloseable {

    /** The signals the gateway pushes to this exporter; it records only what some exporter takes. */
    Set<Signal> signals();

    /** A batch of finished spans, when {@link #signals()} holds {@link Signal#TRACES}. */
    default void exportSpans(List<FinishedSpan> spans) {}

    /**
     * Every metric's current value (cumulative since start), every {@link #metricsInterval()}, when
     * {@link #signals()} holds {@link Signal#METRICS}.
     */
    default void exportMetrics(List<MetricSnapshot> metrics) {}

    /** How often metrics are pushed. */
    default Duration metricsInterval() {
        return Duration.ofSeconds(60);
    }

    /** Sends what is buffered; at shutdown, after the last export and before {@link #close()}. */
    default void flush() {}

    /** Releases resources at shutdown. */
    @Override
    default void close() {}
}

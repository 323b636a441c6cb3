package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.telemetry.RunSummary;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TelemetryExporter} that keeps what it is given, for assertions. Thread-safe. */
public final class RecordingTelemetryExporter implements TelemetryExporter {

    private final List<RunSummary> summaries = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();

    @Override
    public void export(RunSummary summary) {
        summaries.add(requireNonNull(summary, "summary"));
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    /** Every summary exported so far, in order. */
    public List<RunSummary> summaries() {
        return List.copyOf(summaries);
    }

    /** The summary of run {@code runId}, if one was exported. */
    public Optional<RunSummary> summaryOf(String runId) {
        return summaries.stream().filter(summary -> summary.runId().equals(runId)).findFirst();
    }

    public boolean isClosed() {
        return closes.get() > 0;
    }

    /** How often {@link #close()} was called; shutdown code should call it exactly once. */
    public int closeCount() {
        return closes.get();
    }
}

package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricSnapshot;
import dev.aegis.api.telemetry.Signal;
import dev.aegis.api.telemetry.TelemetryExporter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TelemetryExporter} that keeps what it is given, for assertions. Thread-safe. */
public final class RecordingTelemetryExporter implements TelemetryExporter {

    private final Set<Signal> signals;
    private final List<FinishedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<List<MetricSnapshot>> metricExports = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();

    /** Takes every signal. */
    public RecordingTelemetryExporter() {
        this(EnumSet.allOf(Signal.class));
    }

    public RecordingTelemetryExporter(Set<Signal> signals) {
        this.signals = Set.copyOf(signals);
    }

    @Override
    public Set<Signal> signals() {
        return signals;
    }

    @Override
    public void exportSpans(List<FinishedSpan> batch) {
        spans.addAll(requireNonNull(batch, "spans"));
    }

    @Override
    public void exportMetrics(List<MetricSnapshot> metrics) {
        metricExports.add(List.copyOf(requireNonNull(metrics, "metrics")));
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    /** Every span exported so far, in order of export. */
    public List<FinishedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace. */
    public List<FinishedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** The latest pushed value of a metric, if any push held it. */
    public Optional<MetricSnapshot> latest(String metricName) {
        for (int i = metricExports.size() - 1; i >= 0; i--) {
            Optional<MetricSnapshot> found = metricExports.get(i).stream().filter(metric -> metric.name().equals(metricName)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public boolean isClosed() {
        return closes.get() > 0;
    }

    /** How often {@link #close()} was called; shutdown code should call it exactly once. */
    public int closeCount() {
        return closes.get();
    }
}

package dev.aegis.server.telemetry;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SDK's span and metric data as the neutral records of {@code dev.aegis.api.telemetry}. */
final class Conversions {

    private Conversions() {}

    static List<FinishedSpan> spans(Collection<SpanData> spans) {
        List<FinishedSpan> converted = new ArrayList<>(spans.size());
        // Every span of a process shares one resource: converted once per batch, the same map for all.
        Map<Resource, Map<String, Object>> resources = new IdentityHashMap<>();
        for (SpanData span : spans) {
            converted.add(span(span, resources.computeIfAbsent(span.getResource(), resource -> FinishedSpan.attributes(map(resource.getAttributes())))));
        }
        return converted;
    }

    private static FinishedSpan span(SpanData span, Map<String, Object> resource) {
        List<FinishedSpan.SpanEvent> events = new ArrayList<>(span.getEvents().size());
        for (EventData event : span.getEvents()) {
            events.add(new FinishedSpan.SpanEvent(event.getName(), event.getEpochNanos(), map(event.getAttributes())));
        }
        return new FinishedSpan(
                span.getTraceId(),
                span.getSpanId(),
                span.getParentSpanContext().isValid() ? span.getParentSpanId() : "",
                span.getName(),
                kind(span.getKind()),
                span.getStartEpochNanos(),
                span.getEndEpochNanos(),
                map(span.getAttributes()),
                events,
                status(span.getStatus().getStatusCode()),
                span.getStatus().getDescription(),
                span.getInstrumentationScopeInfo().getName(),
                resource);
    }

    private static FinishedSpan.Kind kind(SpanKind kind) {
        return switch (kind) {
            case INTERNAL -> FinishedSpan.Kind.INTERNAL;
            case SERVER -> FinishedSpan.Kind.SERVER;
            case CLIENT -> FinishedSpan.Kind.CLIENT;
            case PRODUCER -> FinishedSpan.Kind.PRODUCER;
            case CONSUMER -> FinishedSpan.Kind.CONSUMER;
        };
    }

    private static FinishedSpan.Status status(StatusCode code) {
        return switch (code) {
            case UNSET -> FinishedSpan.Status.UNSET;
            case OK -> FinishedSpan.Status.OK;
            case ERROR -> FinishedSpan.Status.ERROR;
        };
    }

    static List<MetricSnapshot> metrics(Collection<MetricData> metrics) {
        List<MetricSnapshot> converted = new ArrayList<>(metrics.size());
        for (MetricData metric : metrics) {
            MetricSnapshot snapshot = metric(metric);
            if (snapshot != null) {
                converted.add(snapshot);
            }
        }
        return converted;
    }

    /** Null for the kinds the gateway does not record (summaries, exponential histograms). */
    private static MetricSnapshot metric(MetricData metric) {
        MetricSnapshot.Type type;
        boolean monotonic = false;
        List<MetricPoint> points = new ArrayList<>();
        switch (metric.getType()) {
            case LONG_SUM -> {
                type = MetricSnapshot.Type.SUM;
                monotonic = metric.getLongSumData().isMonotonic();
                metric.getLongSumData().getPoints().forEach(point -> points.add(number(point, point.getValue())));
            }
            case DOUBLE_SUM -> {
                type = MetricSnapshot.Type.SUM;
                monotonic = metric.getDoubleSumData().isMonotonic();
                metric.getDoubleSumData().getPoints().forEach(point -> points.add(number(point, point.getValue())));
            }
            case LONG_GAUGE -> {
                type = MetricSnapshot.Type.GAUGE;
                metric.getLongGaugeData().getPoints().forEach(point -> points.add(number(point, point.getValue())));
            }
            case DOUBLE_GAUGE -> {
                type = MetricSnapshot.Type.GAUGE;
                metric.getDoubleGaugeData().getPoints().forEach(point -> points.add(number(point, point.getValue())));
            }
            case HISTOGRAM -> {
                type = MetricSnapshot.Type.HISTOGRAM;
                for (HistogramPointData point : metric.getHistogramData().getPoints()) {
                    points.add(new MetricPoint.Histogram(map(point.getAttributes()), point.getStartEpochNanos(), point.getEpochNanos(),
                            point.getCount(), point.getSum(), point.getBoundaries(), point.getCounts()));
                }
            }
            default -> {
                return null;
            }
        }
        return new MetricSnapshot(metric.getName(), metric.getDescription(), metric.getUnit(), type, monotonic, points,
                metric.getInstrumentationScopeInfo().getName(), map(metric.getResource().getAttributes()));
    }

    private static MetricPoint number(PointData point, double value) {
        return new MetricPoint.Numeric(map(point.getAttributes()), point.getStartEpochNanos(), point.getEpochNanos(), value);
    }

    private static Map<String, Object> map(Attributes attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        attributes.forEach((key, value) -> map.put(key.getKey(), value));
        return map;
    }
}

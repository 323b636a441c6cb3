package dev.aegis.plugin.otlp;

import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Metric snapshots as an OTLP {@code ExportMetricsServiceRequest}: cumulative sums, gauges and explicit-bucket histograms. */
final class MetricEncoding {

    private static final int CUMULATIVE = 2;

    private MetricEncoding() {}

    static byte[] encode(List<MetricSnapshot> metrics) {
        Map<Map<String, Object>, Map<String, List<MetricSnapshot>>> grouped = new LinkedHashMap<>();
        for (MetricSnapshot metric : metrics) {
            grouped.computeIfAbsent(metric.resource(), resource -> new LinkedHashMap<>())
                    .computeIfAbsent(metric.scope(), scope -> new ArrayList<>())
                    .add(metric);
        }
        ProtoWriter request = new ProtoWriter();
        grouped.forEach((resource, scopes) -> {
            ProtoWriter resourceMetrics = new ProtoWriter().message(1, CommonEncoding.resource(resource));
            scopes.forEach((scope, scoped) -> {
                ProtoWriter scopeMetrics = new ProtoWriter().message(1, CommonEncoding.scope(scope));
                scoped.forEach(metric -> scopeMetrics.message(2, metric(metric)));
                resourceMetrics.message(2, scopeMetrics);
            });
            request.message(1, resourceMetrics);
        });
        return request.toByteArray();
    }

    private static ProtoWriter metric(MetricSnapshot metric) {
        ProtoWriter message = new ProtoWriter()
                .string(1, metric.name())
                .optionalString(2, metric.description())
                .optionalString(3, metric.unit());
        ProtoWriter data = new ProtoWriter();
        for (MetricPoint point : metric.points()) {
            data.message(1, switch (point) {
                case MetricPoint.Numeric number -> number(number);
                case MetricPoint.Histogram histogram -> histogram(histogram);
            });
        }
        return switch (metric.type()) {
            case GAUGE -> message.message(5, data);
            case SUM -> message.message(7, data.varint(2, CUMULATIVE).bool(3, metric.monotonic()));
            case HISTOGRAM -> message.message(9, data.varint(2, CUMULATIVE));
        };
    }

    /** {@code NumberDataPoint}: start 2, time 3, as_double 4, attributes 7. */
    private static ProtoWriter number(MetricPoint.Numeric point) {
        ProtoWriter message = new ProtoWriter()
                .fixed64(2, point.startEpochNanos())
                .fixed64(3, point.epochNanos())
                .doubleValue(4, point.value());
        CommonEncoding.attributes(message, 7, point.attributes());
        return message;
    }

    /** {@code HistogramDataPoint}: start 2, time 3, count 4, sum 5, bucket_counts 6, explicit_bounds 7, attributes 9. */
    private static ProtoWriter histogram(MetricPoint.Histogram point) {
        ProtoWriter message = new ProtoWriter()
                .fixed64(2, point.startEpochNanos())
                .fixed64(3, point.epochNanos())
                .fixed64(4, point.count())
                .doubleValue(5, point.sum())
                .packedFixed64(6, point.bucketCounts())
                .packedDoubles(7, point.boundaries());
        CommonEncoding.attributes(message, 9, point.attributes());
        return message;
    }
}

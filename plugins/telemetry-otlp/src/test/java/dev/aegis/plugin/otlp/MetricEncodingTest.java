package dev.aegis.plugin.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metric snapshots as the hand-written encoder writes them, read back with OTLP's generated classes. */
class MetricEncodingTest {

    private static final Map<String, Object> RESOURCE = Map.of("service.name", "aegis");

    @Test
    void aCounterIsACumulativeMonotonicSum() throws Exception {
        Metric metric = single(new MetricSnapshot("aegis.guard.verdicts", "Guard verdicts", "{verdict}", MetricSnapshot.Type.SUM, true,
                List.of(new MetricPoint.Numeric(Map.of("aegis.guard", "regex"), 10, 20, 3)), "dev.aegis.runtime", RESOURCE));

        assertThat(metric.getName()).isEqualTo("aegis.guard.verdicts");
        assertThat(metric.getDescription()).isEqualTo("Guard verdicts");
        assertThat(metric.getUnit()).isEqualTo("{verdict}");
        assertThat(metric.getSum().getIsMonotonic()).isTrue();
        assertThat(metric.getSum().getAggregationTemporality()).isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
        NumberDataPoint point = metric.getSum().getDataPoints(0);
        assertThat(point.getAsDouble()).isEqualTo(3);
        assertThat(point.getStartTimeUnixNano()).isEqualTo(10);
        assertThat(point.getTimeUnixNano()).isEqualTo(20);
        assertThat(TraceEncodingTest.attributes(point.getAttributesList()).get("aegis.guard").getStringValue()).isEqualTo("regex");
    }

    @Test
    void aGaugeKeepsEachPoint() throws Exception {
        Metric metric = single(new MetricSnapshot("aegis.upstream.circuit_state", "", "1", MetricSnapshot.Type.GAUGE, false,
                List.of(new MetricPoint.Numeric(Map.of("aegis.provider", "a"), 0, 5, 0), new MetricPoint.Numeric(Map.of("aegis.provider", "b"), 0, 5, 2)),
                "dev.aegis.runtime", RESOURCE));

        assertThat(metric.getGauge().getDataPointsList()).extracting(NumberDataPoint::getAsDouble).containsExactly(0.0, 2.0);
    }

    @Test
    void aHistogramKeepsItsBucketsCountAndSum() throws Exception {
        Metric metric = single(new MetricSnapshot("http.server.request.duration", "", "s", MetricSnapshot.Type.HISTOGRAM, false,
                List.of(new MetricPoint.Histogram(Map.of("http.route", "/v1/chat/completions"), 1, 2, 5, 0.75, List.of(0.1, 0.5), List.of(2L, 2L, 1L))),
                "dev.aegis.server", RESOURCE));

        HistogramDataPoint point = metric.getHistogram().getDataPoints(0);
        assertThat(metric.getHistogram().getAggregationTemporality()).isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
        assertThat(point.getCount()).isEqualTo(5);
        assertThat(point.getSum()).isEqualTo(0.75);
        assertThat(point.getExplicitBoundsList()).containsExactly(0.1, 0.5);
        assertThat(point.getBucketCountsList()).containsExactly(2L, 2L, 1L);
        assertThat(TraceEncodingTest.attributes(point.getAttributesList()).get("http.route").getStringValue()).isEqualTo("/v1/chat/completions");
    }

    private static Metric single(MetricSnapshot snapshot) throws Exception {
        ExportMetricsServiceRequest request = ExportMetricsServiceRequest.parseFrom(MetricEncoding.encode(List.of(snapshot)));
        assertThat(request.getResourceMetrics(0).getScopeMetrics(0).getScope().getName()).isEqualTo(snapshot.scope());
        return request.getResourceMetrics(0).getScopeMetrics(0).getMetrics(0);
    }
}

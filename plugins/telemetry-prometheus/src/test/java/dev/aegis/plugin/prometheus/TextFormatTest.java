package dev.aegis.plugin.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void aCounterGetsItsUnitlessNameATotalSuffixHelpAndType() {
        String text = TextFormat.render(List.of(metric("aegis.guard.verdicts", "{verdict}", MetricSnapshot.Type.SUM, true,
                new MetricPoint.Numeric(Map.of("aegis.guard", "regex", "aegis.guard.outcome", "block"), 0, 1, 2))));

        assertThat(text).isEqualTo("""
                # HELP aegis_guard_verdicts_total Guard verdicts
                # TYPE aegis_guard_verdicts_total counter
                aegis_guard_verdicts_total{aegis_guard="regex",aegis_guard_outcome="block"} 2
                """);
    }

    @Test
    void aHistogramHasCumulativeBucketsSumAndCountAndItsUnitAsSuffix() {
        String text = TextFormat.render(List.of(metric("http.server.request.duration", "s", MetricSnapshot.Type.HISTOGRAM, false,
                new MetricPoint.Histogram(Map.of("http.route", "/v1/chat/completions"), 0, 1, 5, 0.75, List.of(0.1, 0.5), List.of(2L, 2L, 1L)))));

        assertThat(text).isEqualTo("""
                # HELP http_server_request_duration_seconds Guard verdicts
                # TYPE http_server_request_duration_seconds histogram
                http_server_request_duration_seconds_bucket{http_route="/v1/chat/completions",le="0.1"} 2
                http_server_request_duration_seconds_bucket{http_route="/v1/chat/completions",le="0.5"} 4
                http_server_request_duration_seconds_bucket{http_route="/v1/chat/completions",le="+Inf"} 5
                http_server_request_duration_seconds_sum{http_route="/v1/chat/completions"} 0.75
                http_server_request_duration_seconds_count{http_route="/v1/chat/completions"} 5
                """);
    }

    @Test
    void anUpDownSumAndAGaugeAreGauges() {
        String text = TextFormat.render(List.of(
                metric("aegis.queue", "1", MetricSnapshot.Type.SUM, false, new MetricPoint.Numeric(Map.of(), 0, 1, -3)),
                metric("aegis.upstream.circuit_state", "1", MetricSnapshot.Type.GAUGE, false, new MetricPoint.Numeric(Map.of("aegis.provider", "eu"), 0, 1, 2))));

        assertThat(text).contains("# TYPE aegis_queue gauge\naegis_queue -3\n")
                .contains("# TYPE aegis_upstream_circuit_state gauge\naegis_upstream_circuit_state{aegis_provider=\"eu\"} 2\n");
    }

    @Test
    void labelValuesAndHelpAreEscapedAndOddCharactersInNamesReplaced() {
        String text = TextFormat.render(List.of(new MetricSnapshot("weird-name.1", "line one\nback\\slash", "", MetricSnapshot.Type.GAUGE, false,
                List.of(new MetricPoint.Numeric(Map.of("team:x", "a \"quoted\"\nvalue\\"), 0, 1, 0.5)), "test", Map.of())));

        assertThat(text).isEqualTo("""
                # HELP weird_name_1 line one\\nback\\\\slash
                # TYPE weird_name_1 gauge
                weird_name_1{team_x="a \\"quoted\\"\\nvalue\\\\"} 0.5
                """);
    }

    @Test
    void theSameNameFromTwoScopesIsOneFamily() {
        MetricSnapshot first = metric("aegis.x", "", MetricSnapshot.Type.GAUGE, false, new MetricPoint.Numeric(Map.of("a", "1"), 0, 1, 1));
        MetricSnapshot second = metric("aegis.x", "", MetricSnapshot.Type.GAUGE, false, new MetricPoint.Numeric(Map.of("a", "2"), 0, 1, 2));

        assertThat(TextFormat.render(List.of(first, second))).containsOnlyOnce("# TYPE aegis_x gauge").contains("aegis_x{a=\"1\"} 1\naegis_x{a=\"2\"} 2\n");
    }

    @Test
    void specialValuesAreWrittenAsPrometheusReadsThem() {
        assertThat(TextFormat.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(TextFormat.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(TextFormat.number(Double.NaN)).isEqualTo("NaN");
        assertThat(TextFormat.number(3.0)).isEqualTo("3");
        assertThat(TextFormat.number(1e-5)).isEqualTo("1.0E-5");
    }

    private static MetricSnapshot metric(String name, String unit, MetricSnapshot.Type type, boolean monotonic, MetricPoint point) {
        return new MetricSnapshot(name, "Guard verdicts", unit, type, monotonic, List.of(point), "dev.aegis.runtime", Map.of("service.name", "aegis"));
    }
}

package dev.aegis.plugin.console;

import dev.aegis.api.telemetry.FinishedSpan;
import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import java.util.List;
import java.util.Map;

/** Spans and metrics as single-line JSON, written by hand: the plugin needs no JSON library. */
final class JsonLines {

    private JsonLines() {}

    static String span(FinishedSpan span) {
        StringBuilder json = new StringBuilder(512).append("{\"signal\":\"span\"");
        field(json, "trace_id", span.traceId());
        field(json, "span_id", span.spanId());
        field(json, "parent_span_id", span.parentSpanId());
        field(json, "name", span.name());
        field(json, "kind", span.kind().name());
        json.append(",\"start_unix_nano\":").append(span.startEpochNanos());
        json.append(",\"duration_ms\":").append((span.endEpochNanos() - span.startEpochNanos()) / 1e6);
        field(json, "status", span.status().name());
        json.append(",\"attributes\":");
        object(json, span.attributes());
        json.append(",\"events\":[");
        for (int i = 0; i < span.events().size(); i++) {
            FinishedSpan.SpanEvent event = span.events().get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":");
            string(json, event.name());
            json.append(",\"attributes\":");
            object(json, event.attributes());
            json.append('}');
        }
        return json.append("]}").toString();
    }

    static String metric(MetricSnapshot metric) {
        StringBuilder json = new StringBuilder(256).append("{\"signal\":\"metric\"");
        field(json, "name", metric.name());
        field(json, "unit", metric.unit());
        field(json, "type", metric.type().name());
        json.append(",\"points\":[");
        for (int i = 0; i < metric.points().size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"attributes\":");
            MetricPoint point = metric.points().get(i);
            object(json, point.attributes());
            switch (point) {
                case MetricPoint.Numeric number -> json.append(",\"value\":").append(number(number.value()));
                case MetricPoint.Histogram histogram ->
                        json.append(",\"count\":").append(histogram.count()).append(",\"sum\":").append(number(histogram.sum()));
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        string(json, value);
    }

    private static void object(StringBuilder json, Map<String, Object> attributes) {
        json.append('{');
        boolean first = true;
        // keys in order: the same attributes print the same line, whatever order they were recorded in
        for (Map.Entry<String, Object> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
            json.append(first ? "" : ",");
            first = false;
            string(json, attribute.getKey());
            json.append(':');
            value(json, attribute.getValue());
        }
        json.append('}');
    }

    private static void value(StringBuilder json, Object value) {
        switch (value) {
            case String text -> string(json, text);
            case Double number -> json.append(number(number));
            case List<?> list -> {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    value(json, list.get(i));
                }
                json.append(']');
            }
            default -> json.append(value);
        }
    }

    // JSON has no NaN or infinities
    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

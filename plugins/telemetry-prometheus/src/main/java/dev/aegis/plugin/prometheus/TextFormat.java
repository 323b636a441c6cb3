package dev.aegis.plugin.prometheus;

import dev.aegis.api.telemetry.MetricPoint;
import dev.aegis.api.telemetry.MetricSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prometheus's text exposition format (0.0.4), with OpenTelemetry's naming rules for it: dots
 * become underscores, the unit becomes a suffix ({@code s} → {@code _seconds}; annotations such as
 * {@code {token}} are dropped), counters end in {@code _total}, histograms become cumulative
 * {@code _bucket}s with {@code le}, {@code _sum} and {@code _count}.
 */
final class TextFormat {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Map<String, String> UNITS = Map.of("s", "seconds", "ms", "milliseconds", "By", "bytes");

    private TextFormat() {}

    static String render(List<MetricSnapshot> metrics) {
        // Two scopes may report the same name: one family, one HELP and TYPE.
        Map<String, List<MetricSnapshot>> families = new LinkedHashMap<>();
        for (MetricSnapshot metric : metrics) {
            families.computeIfAbsent(name(metric), name -> new java.util.ArrayList<>()).add(metric);
        }
        StringBuilder text = new StringBuilder(4096);
        families.forEach((name, members) -> {
            MetricSnapshot first = members.getFirst();
            text.append("# HELP ").append(name).append(' ').append(escapeHelp(first.description())).append('\n');
            text.append("# TYPE ").append(name).append(' ').append(type(first)).append('\n');
            for (MetricSnapshot metric : members) {
                for (MetricPoint point : metric.points()) {
                    switch (point) {
                        case MetricPoint.Numeric number -> sample(text, name, number.attributes(), "", "", number.value());
                        case MetricPoint.Histogram histogram -> histogram(text, name, histogram);
                    }
                }
            }
        });
        return text.toString();
    }

    static String name(MetricSnapshot metric) {
        String name = sanitize(metric.name());
        String unit = unit(metric.unit());
        if (!unit.isEmpty() && !name.endsWith("_" + unit)) {
            name = name + "_" + unit;
        }
        if (isCounter(metric) && !name.endsWith("_total")) {
            name = name + "_total";
        }
        return name;
    }

    private static void histogram(StringBuilder text, String name, MetricPoint.Histogram point) {
        long cumulative = 0;
        for (int i = 0; i < point.boundaries().size(); i++) {
            cumulative += point.bucketCounts().get(i);
            sample(text, name + "_bucket", point.attributes(), "le", number(point.boundaries().get(i)), cumulative);
        }
        sample(text, name + "_bucket", point.attributes(), "le", "+Inf", point.count());
        sample(text, name + "_sum", point.attributes(), "", "", point.sum());
        sample(text, name + "_count", point.attributes(), "", "", point.count());
    }

    private static void sample(StringBuilder text, String name, Map<String, Object> attributes, String extraLabel, String extraValue, double value) {
        text.append(name);
        if (!attributes.isEmpty() || !extraLabel.isEmpty()) {
            text.append('{');
            boolean first = true;
            // labels in name order: the same series reads the same in every scrape, whatever order it was recorded in
            for (Map.Entry<String, Object> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
                first = label(text, first, sanitize(attribute.getKey()).replace(':', '_'), String.valueOf(attribute.getValue()));
            }
            if (!extraLabel.isEmpty()) {
                label(text, first, extraLabel, extraValue);
            }
            text.append('}');
        }
        text.append(' ').append(number(value)).append('\n');
    }

    private static boolean label(StringBuilder text, boolean first, String name, String value) {
        if (!first) {
            text.append(',');
        }
        text.append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                default -> text.append(c);
            }
        }
        text.append('"');
        return false;
    }

    private static String type(MetricSnapshot metric) {
        return switch (metric.type()) {
            case SUM -> isCounter(metric) ? "counter" : "gauge";
            case GAUGE -> "gauge";
            case HISTOGRAM -> "histogram";
        };
    }

    private static boolean isCounter(MetricSnapshot metric) {
        return metric.type() == MetricSnapshot.Type.SUM && metric.monotonic();
    }

    // "{token}" and "1" say nothing a suffix should; units in braces are annotations.
    private static String unit(String unit) {
        if (unit.isEmpty() || unit.equals("1") || (unit.startsWith("{") && unit.endsWith("}"))) {
            return "";
        }
        return UNITS.getOrDefault(unit, sanitize(unit));
    }

    static String sanitize(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (c >= '0' && c <= '9' && i > 0);
            clean.append(allowed ? c : '_');
        }
        return clean.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}

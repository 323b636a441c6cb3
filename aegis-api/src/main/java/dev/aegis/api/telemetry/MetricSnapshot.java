package dev.aegis.api.telemetry;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;

/**
 * One metric's current value, shaped like OTLP's: cumulative since the gateway started, one point
 * per combination of attribute values (route, provider, status, team, …; never a run or end-user id).
 *
 * @param unit UCUM, as OpenTelemetry writes it: {@code s}, {@code {token}}, {@code 1}
 * @param monotonic for a {@link Type#SUM}: whether it only grows (a counter); false for an up-down sum
 * @param points every point is a {@link MetricPoint.Numeric}, or for a {@link Type#HISTOGRAM} a {@link MetricPoint.Histogram}
 */
@API(status = API.Status.EXPERIMENTAL)
public record MetricSnapshot(String name, String description, String unit, Type type, boolean monotonic, List<MetricPoint> points,
        String scope, Map<String, Object> resource) {

    public MetricSnapshot {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(unit, "unit");
        requireNonNull(type, "type");
        requireNonNull(scope, "scope");
        points = List.copyOf(points);
        resource = Attributes.copy(resource);
        for (MetricPoint point : points) {
            if ((type == Type.HISTOGRAM) != (point instanceof MetricPoint.Histogram)) {
                throw new IllegalArgumentException("metric '" + name + "' of type " + type + " holds a " + point.getClass().getSimpleName() + " point");
            }
        }
    }

    @API(status = API.Status.EXPERIMENTAL)
    public enum Type {
        /** Added up: a counter when monotonic, else an up-down counter. */
        SUM,
        /** A value sampled when collected, e.g. the state of a circuit breaker. */
        GAUGE,
        /** A distribution in explicit buckets, e.g. request durations. */
        HISTOGRAM
    }
}

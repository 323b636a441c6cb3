package dev.aegis.api.telemetry;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;

/** One value of a {@link MetricSnapshot} for one combination of attribute values. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface MetricPoint {

    Map<String, Object> attributes();

    /** Since when the value accumulates (the gateway's start for cumulative sums). */
    long startEpochNanos();

    /** When the value was collected. */
    long epochNanos();

    /** A sum's or a gauge's value. */
    @API(status = API.Status.EXPERIMENTAL)
    record Numeric(Map<String, Object> attributes, long startEpochNanos, long epochNanos, double value) implements MetricPoint {

        public Numeric {
            attributes = Attributes.copy(attributes);
        }
    }

    /**
     * A distribution: {@code bucketCounts[i]} values fell at or below {@code boundaries[i]} (and above
     * the previous boundary); the last count is of the values above every boundary.
     */
    @API(status = API.Status.EXPERIMENTAL)
    record Histogram(Map<String, Object> attributes, long startEpochNanos, long epochNanos, long count, double sum,
            List<Double> boundaries, List<Long> bucketCounts) implements MetricPoint {

        public Histogram {
            attributes = Attributes.copy(attributes);
            boundaries = List.copyOf(requireNonNull(boundaries, "boundaries"));
            bucketCounts = List.copyOf(requireNonNull(bucketCounts, "bucketCounts"));
            if (bucketCounts.size() != boundaries.size() + 1) {
                throw new IllegalArgumentException("a histogram has one bucket more than it has boundaries");
            }
        }
    }
}

package dev.aegis.bench.rag;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised by nearest-rank percentiles in milliseconds. */
final class Percentiles {

    private long[] samples = new long[256];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** The {@code percent}th percentile in milliseconds (nearest rank); NaN without samples. */
    double millis(double percent) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

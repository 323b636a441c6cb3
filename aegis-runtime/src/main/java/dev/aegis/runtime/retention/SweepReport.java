package dev.aegis.runtime.retention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one sweep did.
 *
 * @param removed how many records each task removed (or archived), by task name, in sweep order
 * @param failures why a task stopped early, by task name; the other tasks went on
 */
public record SweepReport(Map<String, Long> removed, Map<String, String> failures) {

    public SweepReport {
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    public long total() {
        return removed.values().stream().mapToLong(Long::longValue).sum();
    }

    static final class Builder {
        private final Map<String, Long> removed = new LinkedHashMap<>();
        private final Map<String, String> failures = new LinkedHashMap<>();

        void removed(String task, long count) {
            removed.merge(task, count, Long::sum);
        }

        void failed(String task, String why) {
            failures.put(task, why);
        }

        SweepReport build() {
            return new SweepReport(removed, failures);
        }
    }
}

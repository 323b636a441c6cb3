package dev.aegis.server.internal;

import dev.aegis.runtime.RunResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished runs, for {@code GET /v1/runs/{id}}: kept in memory, the oldest forgotten first once
 * {@code capacity} is reached.
 */
public final class RunStore {

    private final Map<String, RunResult> runs;

    public RunStore(int capacity) {
        this.runs = new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RunResult> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(RunResult result) {
        runs.put(result.state().runId(), result);
    }

    /** Whoever it ran for: who may see it, and how much of it, is {@link RunRecorder#document}'s to decide. */
    public synchronized Optional<RunResult> get(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }
}

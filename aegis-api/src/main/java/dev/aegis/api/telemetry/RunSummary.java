package dev.aegis.api.telemetry;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Usage;
import java.time.Duration;
import java.util.List;

/**
 * What telemetry learns about a finished (or paused) run. Holds no message text and nothing
 * confidential.
 *
 * @param status {@code completed}, {@code refused}, {@code paused} or {@code failed}
 */
@API(status = API.Status.STABLE)
public record RunSummary(String runId, String route, String principalId, String status, Duration elapsed, Usage usage, List<Event> events) {

    public RunSummary {
        requireNonNull(runId, "runId");
        requireNonNull(route, "route");
        requireNonNull(principalId, "principalId");
        requireNonNull(status, "status");
        requireNonNull(elapsed, "elapsed");
        requireNonNull(usage, "usage");
        events = List.copyOf(events);
    }
}

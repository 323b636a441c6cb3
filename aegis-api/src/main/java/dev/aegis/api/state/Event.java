package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a run's append-only event log; what the audit log and telemetry are made of.
 * Attributes must never carry secrets or confidential values in clear.
 *
 * @param source the node or component that recorded it, e.g. {@code "ingress:injection-guard"}
 * @param type what happened; the constants of this class name the ones the runtime records
 */
@API(status = API.Status.STABLE)
public record Event(Instant time, String source, String type, String detail, Map<String, String> attributes) {

    public static final String RUN_STARTED = "run.started";
    public static final String VERDICT = "verdict";
    public static final String ROUTED = "routed";
    public static final String MODEL_CALL = "model.call";
    public static final String REFUSED = "refused";
    public static final String PAUSED = "paused";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String NODE_ERROR = "node.error";

    public Event {
        requireNonNull(time, "time");
        requireNonNull(source, "source");
        requireNonNull(type, "type");
        requireNonNull(detail, "detail");
        attributes = Map.copyOf(attributes);
    }

    public static Event of(String source, String type, String detail) {
        return new Event(Instant.now(), source, type, detail, Map.of());
    }

    public static Event of(String source, String type, String detail, Map<String, String> attributes) {
        return new Event(Instant.now(), source, type, detail, attributes);
    }
}

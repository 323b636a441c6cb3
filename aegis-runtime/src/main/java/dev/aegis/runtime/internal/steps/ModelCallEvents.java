package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Event;
import dev.aegis.runtime.internal.graph.NodeNames;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit events of provider calls, one per attempt. */
final class ModelCallEvents {

    static final String OK = "ok";
    /** The call answered, but an egress guard stopped the stream. */
    static final String STOPPED = "stopped";

    private ModelCallEvents() {}

    static Event answered(Eligible eligible, int attempt, String outcome) {
        return Event.of(NodeNames.EXECUTE, Event.MODEL_CALL, outcome, attributes(eligible, attempt, outcome));
    }

    static Event failed(Eligible eligible, int attempt, ProviderException failure) {
        Map<String, String> attributes = attributes(eligible, attempt, failure.code());
        attributes.put("retryable", Boolean.toString(failure.failure().isRetryable()));
        failure.upstreamStatus().ifPresent(status -> attributes.put("upstream_status", Integer.toString(status)));
        return Event.of(NodeNames.EXECUTE, Event.MODEL_CALL, failure.code(), attributes);
    }

    /** The provider was not called: its circuit is open after repeated upstream failures. */
    static Event skipped(Eligible eligible, int attempt) {
        return Event.of(NodeNames.EXECUTE, Event.MODEL_CALL, CIRCUIT_OPEN, attributes(eligible, attempt, CIRCUIT_OPEN));
    }

    static final String CIRCUIT_OPEN = "circuit_open";

    private static Map<String, String> attributes(Eligible eligible, int attempt, String outcome) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("provider", eligible.provider());
        attributes.put("attempt", Integer.toString(attempt));
        attributes.put("outcome", outcome);
        return attributes;
    }
}

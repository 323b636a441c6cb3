package dev.aegis.runtime.internal.graph;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.runtime.internal.steps.ExecutionKeys;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;
import java.util.Map;

/** The nodes a run ends in; each closes the event log with what happened. */
final class TerminalSteps {

    private TerminalSteps() {}

    static RunState completed(RunState state, RunContext context) {
        return state.apply(StateDelta.empty().event(Event.of(NodeNames.COMPLETED, Event.COMPLETED, "")));
    }

    static RunState refused(RunState state, RunContext context) {
        Halt halt = state.halt().orElseThrow(() -> new IllegalStateException("refused without a halt"));
        String code = halt instanceof Halt.Refused refused ? refused.code() : "";
        return state.apply(StateDelta.empty().event(Event.of(halt.source(), Event.REFUSED, halt.reason(), Map.of("code", code))));
    }

    static RunState paused(RunState state, RunContext context) {
        Halt halt = state.halt().orElseThrow(() -> new IllegalStateException("paused without a halt"));
        return state.apply(StateDelta.empty().event(Event.of(halt.source(), Event.PAUSED, halt.reason())));
    }

    /**
     * The {@code paused} node of a route that cannot keep a paused run: the run is refused
     * ({@code approval_unavailable}) rather than left waiting for a decision nobody could give.
     *
     * @param why what the route lacks, for the client
     */
    static RouteStep approvalUnavailable(String why) {
        return (state, context) -> {
            Halt halt = state.halt().orElseThrow(() -> new IllegalStateException("paused without a halt"));
            Halt.Refused refused = new Halt.Refused(halt.source(), Approvals.APPROVAL_UNAVAILABLE,
                    "approval required (" + halt.reason() + "), but " + why);
            return refused(state.apply(StateDelta.empty().halt(refused)), context);
        };
    }

    static RunState failed(RunState state, RunContext context) {
        ProviderException failure = state.get(ExecutionKeys.FAILURE)
                .orElseThrow(() -> new IllegalStateException("failed without a provider failure"));
        return state.apply(StateDelta.empty()
                .event(Event.of(NodeNames.EXECUTE, Event.FAILED, failure.code(), Map.of("code", failure.code()))));
    }
}

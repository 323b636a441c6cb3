package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
import java.util.Map;
import java.util.stream.Collectors;

/** The route stage: the router's own step, then the check that some target is still eligible. */
public final class RouterStep implements RouteStep {

    static final String NO_ELIGIBLE_TARGET = "no_eligible_target";
    static final String NO_ELIGIBLE_TARGET_REASON = "no provider is eligible for this request";

    private final String stepId;
    private final RouteStep router;

    public RouterStep(String stepId, RouteStep router) {
        this.stepId = stepId;
        this.router = router;
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        RunState routed = router.apply(state, context);
        if (routed.halt().isPresent()) {
            return routed;
        }
        if (routed.targets().isEmpty()) {
            return routed.apply(StateDelta.empty().halt(new Halt.Refused(stepId, NO_ELIGIBLE_TARGET, NO_ELIGIBLE_TARGET_REASON)));
        }
        String targets = routed.targets().stream().map(Target::provider).collect(Collectors.joining(","));
        return routed.apply(StateDelta.empty().event(Event.of(stepId, Event.ROUTED, "", Map.of("targets", targets))));
    }
}

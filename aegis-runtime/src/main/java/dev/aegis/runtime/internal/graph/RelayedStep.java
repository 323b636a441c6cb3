package dev.aegis.runtime.internal.graph;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;

/**
 * A node of the route whose events reach a streamed run's listener as soon as the step finished,
 * so a client following the run sees its verdicts and routing as they happen rather than with
 * the outcome. A blocking run is untouched.
 */
final class RelayedStep implements RouteStep {

    private final RouteStep step;

    private RelayedStep(RouteStep step) {
        this.step = step;
    }

    static GraphNode of(GraphNode node) {
        return node.withStep(new RelayedStep(node.step()));
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        RunState after = step.apply(state, context);
        context.stream().ifPresent(session -> session.relay(after));
        return after;
    }
}

package dev.aegis.runtime.internal.steps;

import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Step;
import java.util.Set;

/** A pipeline node as a step: its delta applied, its exceptions handled by the step's on-error policy. */
public final class NodeStep implements RouteStep {

    private final Step step;
    private final PipelineNode node;

    public NodeStep(Step step, PipelineNode node) {
        this.step = step;
        this.node = node;
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        StateDelta delta;
        try {
            delta = node.apply(state);
        } catch (RuntimeException e) {
            return StepErrors.failed(step, state, e);
        }
        if (delta == null) {
            throw new IllegalStateException("pipeline node '" + step.type() + "' of step '" + step.id()
                    + "' returned null; a node that changes nothing returns StateDelta.empty()");
        }
        RunState after = stamped(state.apply(delta));
        boolean approved = after.halt().filter(Halt.AwaitingApproval.class::isInstance).isPresent()
                && ApprovalGrant.covers(state, step.id(), Set.of());
        return approved ? after.apply(StateDelta.empty().without(RunState.HALT)) : after;
    }

    // A node cannot know which step it is (one named node may serve several): the halt it puts
    // names the step, so refusals and approvals point at the place in the route, and approvals
    // resume after it.
    private RunState stamped(RunState after) {
        return after.halt()
                .filter(halt -> !halt.source().equals(step.id()))
                .map(halt -> after.apply(StateDelta.empty().halt(switch (halt) {
                    case Halt.Refused refused -> new Halt.Refused(step.id(), refused.code(), refused.reason(), refused.kind(), refused.retryAt());
                    case Halt.AwaitingApproval approval -> new Halt.AwaitingApproval(step.id(), approval.reason());
                })))
                .orElse(after);
    }
}

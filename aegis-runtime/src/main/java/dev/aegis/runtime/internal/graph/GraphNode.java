package dev.aegis.runtime.internal.graph;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.RouteStep;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A node of a route's graph and where a run goes after it: to {@code next}, or, when the node has a
 * branch and the run meets its condition, to the branch's target (the execute stage's edge into the
 * tool loop). A halt or a failure overrides both.
 *
 * @param canFail whether the step calls providers and may end the run as failed
 * @param next the node after it; empty until the chain is linked
 */
public record GraphNode(String name, RouteStep step, boolean canFail, String next, Optional<Branch> branch) {

    public GraphNode {
        requireNonNull(name, "name");
        requireNonNull(step, "step");
        requireNonNull(next, "next");
        requireNonNull(branch, "branch");
    }

    /** A node not yet linked to the next. */
    GraphNode(String name, RouteStep step, boolean canFail) {
        this(name, step, canFail, "", Optional.empty());
    }

    /**
     * @param label the edge's label in the graph
     * @param when whether a run takes this edge rather than {@code next}
     */
    record Branch(String label, Predicate<RunState> when, String target) {}

    GraphNode linkedTo(String nextNode) {
        return new GraphNode(name, step, canFail, nextNode, branch);
    }

    GraphNode branching(Branch newBranch) {
        return new GraphNode(name, step, canFail, next, Optional.of(newBranch));
    }

    public GraphNode withStep(RouteStep newStep) {
        return new GraphNode(name, newStep, canFail, next, branch);
    }

    /** The label of the edge a run at the end of this node takes. */
    String route(RunState state) {
        String label = HaltRouting.label(state);
        if (label.equals(HaltRouting.NEXT) && branch.isPresent() && branch.get().when().test(state)) {
            return branch.get().label();
        }
        return label;
    }
}

package dev.aegis.kernel.plan;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.node.PipelineNode;

/**
 * One resolved entry of a route's stage list: a guardrail or a pipeline node, created from its
 * configuration.
 *
 * @param id unique within the route and stable, e.g. {@code "ingress.1.block-competitors"}; graph node names derive from it
 * @param type the plugin name the entry refers to, e.g. {@code "block-competitors"}
 * @param onError what a failing step means for the run
 */
public record Step(String id, String type, Action action, OnError onError) {

    public Step {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(action, "action");
        requireNonNull(onError, "onError");
    }

    public sealed interface Action {}

    public record GuardAction(Guardrail guardrail) implements Action {
        public GuardAction {
            requireNonNull(guardrail, "guardrail");
        }
    }

    public record NodeAction(PipelineNode node) implements Action {
        public NodeAction {
            requireNonNull(node, "node");
        }
    }
}

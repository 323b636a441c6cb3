package dev.aegis.runtime.internal.graph;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same chain and the same edges as the route's graph, walked without the graph engine. Used for
 * routes with {@code durability: none}: nothing is checkpointed there, so the engine's per-step
 * bookkeeping (state maps, configs, generators; about a sixth of a request's CPU under load) buys
 * nothing. Durable routes always run through the compiled graph.
 */
final class DirectChain {

    private final Map<String, GraphNode> nodes = new HashMap<>();
    private final GraphNode first;
    private final RouteStep paused;

    /** @param paused the route's {@code paused} node, as the graph has it */
    DirectChain(List<GraphNode> chain, RouteStep paused) {
        chain.forEach(node -> nodes.put(node.name(), node));
        this.first = chain.getFirst();
        this.paused = paused;
    }

    RunState run(RunState start, RunContext context) {
        RunState state = start;
        GraphNode node = first;
        while (true) {
            state = node.step().apply(state, context);
            String label = node.route(state);
            String target = label.equals(HaltRouting.NEXT) ? node.next()
                    : node.branch().filter(branch -> branch.label().equals(label)).map(GraphNode.Branch::target).orElse(null);
            if (target == null) {
                return terminal(label, node).apply(state, context);
            }
            if (target.equals(NodeNames.COMPLETED)) {
                return TerminalSteps.completed(state, context);
            }
            node = nodes.get(target);
        }
    }

    private RouteStep terminal(String label, GraphNode node) {
        return switch (label) {
            case HaltRouting.BLOCK -> TerminalSteps::refused;
            case HaltRouting.APPROVAL -> paused;
            case HaltRouting.FAILURE -> {
                if (!node.canFail()) {
                    throw new IllegalStateException("step '" + node.name() + "' failed the run, but only the execute stage calls providers");
                }
                yield TerminalSteps::failed;
            }
            default -> throw new IllegalStateException("unknown edge '" + label + "' after step '" + node.name() + "'");
        };
    }
}

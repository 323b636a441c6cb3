package dev.aegis.runtime.internal;

import dev.aegis.api.state.RunState;
import java.util.List;

/**
 * The same chain and the same edges as the route's graph, walked without the graph engine. Used for
 * routes with {@code durability: none}: nothing is checkpointed there, so the engine's per-step
 * bookkeeping (state maps, configs, generators; about a sixth of a request's CPU under load) buys
 * nothing. Durable routes always run through the compiled graph.
 */
final class DirectChain {

    private final List<GraphNode> chain;
    private final RouteStep paused;

    /** @param paused the route's {@code paused} node, as the graph has it */
    DirectChain(List<GraphNode> chain, RouteStep paused) {
        this.chain = List.copyOf(chain);
        this.paused = paused;
    }

    RunState run(RunState start, RunContext context) {
        RunState state = start;
        for (GraphNode node : chain) {
            state = node.step().apply(state, context);
            String label = HaltRouting.label(state);
            if (!label.equals(HaltRouting.NEXT)) {
                return terminal(label, node).apply(state, context);
            }
        }
        return TerminalSteps.completed(state, context);
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

package dev.aegis.runtime.internal;

import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncEdgeAction.edge_async;
import static org.bsc.langgraph4j.action.AsyncNodeActionWithConfig.node_async;

import dev.aegis.api.state.RunState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphRepresentation;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.action.AsyncNodeActionWithConfig;

/**
 * A route's compiled LangGraph4j graph: the step chain, a conditional edge after every step, and
 * the terminal nodes. Compiled once, shared by every run of the route; runs on the calling thread.
 */
final class RouteGraph {

    private static final List<String> TERMINALS = List.of(NodeNames.COMPLETED, NodeNames.REFUSED, NodeNames.PAUSED, NodeNames.FAILED);
    private static final RunnableConfig BLOCKING = RunnableConfig.builder().build();

    private final String route;
    private final CompiledGraph<GraphState> graph;

    private RouteGraph(String route, CompiledGraph<GraphState> graph) {
        this.route = route;
        this.graph = graph;
    }

    static RouteGraph compile(String route, List<GraphNode> chain) {
        checkNames(route, chain);
        try {
            StateGraph<GraphState> builder = new StateGraph<>(new ShallowCopySerializer());
            for (GraphNode node : chain) {
                builder.addNode(node.name(), action(node.step()));
            }
            builder.addNode(NodeNames.COMPLETED, action(TerminalSteps::completed));
            builder.addNode(NodeNames.REFUSED, action(TerminalSteps::refused));
            builder.addNode(NodeNames.PAUSED, action(TerminalSteps::paused));
            builder.addNode(NodeNames.FAILED, action(TerminalSteps::failed));
            builder.addEdge(START, chain.get(0).name());
            for (int i = 0; i < chain.size(); i++) {
                String next = i + 1 < chain.size() ? chain.get(i + 1).name() : NodeNames.COMPLETED;
                GraphNode node = chain.get(i);
                builder.addConditionalEdges(
                        node.name(), edge_async(state -> HaltRouting.label(state.run())), HaltRouting.targets(next, node.canFail()));
            }
            for (String terminal : TERMINALS) {
                builder.addEdge(terminal, END);
            }
            return new RouteGraph(route, builder.compile(compileConfig(chain.size())));
        } catch (GraphStateException e) {
            throw new IllegalStateException("route '" + route + "' does not compile to a graph: " + e.getMessage(), e);
        }
    }

    /**
     * The one place the graph's compile settings are made. Durability will add the checkpoint saver
     * and the interrupt before the paused node here; the fast path has neither.
     */
    private static CompileConfig compileConfig(int steps) {
        return CompileConfig.builder()
                .recursionLimit(steps + 4)
                .build();
    }

    private static AsyncNodeActionWithConfig<GraphState> action(RouteStep step) {
        return node_async((state, config) -> GraphState.data(step.apply(state.run(), context(config))));
    }

    private static RunContext context(RunnableConfig config) {
        return config.metadata(RunContext.METADATA_KEY)
                .map(RunContext.class::cast)
                .orElse(RunContext.blocking());
    }

    private static void checkNames(String route, List<GraphNode> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("route '" + route + "' has no steps");
        }
        Set<String> seen = new HashSet<>(TERMINALS);
        for (GraphNode node : chain) {
            if (!seen.add(node.name())) {
                throw new IllegalArgumentException("route '" + route + "' has two nodes named '" + node.name() + "'");
            }
        }
    }

    /** Runs the graph to its end on the calling thread. */
    RunState run(RunState start, RunContext context) {
        RunnableConfig config = context.stream().isEmpty()
                ? BLOCKING
                : RunnableConfig.builder().addMetadata(RunContext.METADATA_KEY, context).build();
        try {
            return graph.invoke(GraphState.data(start), config)
                    .map(GraphState::run)
                    .orElseThrow(() -> new IllegalStateException("the graph of route '" + route + "' ended without a state"));
        } catch (RuntimeException e) {
            throw GraphFailures.unwrap(e, route);
        }
    }

    // Step ids carry dots, which Mermaid does not take in node ids or class names; labels keep them.
    private static final java.util.regex.Pattern STEP_ID =
            java.util.regex.Pattern.compile("(?<!\\(\")\\b(?:(?:ingress|egress)\\.\\d+\\.[\\w-]+|route\\.[\\w-]+)");

    String mermaid() {
        String content = graph.getGraph(GraphRepresentation.Type.MERMAID, route, true).content();
        return STEP_ID.matcher(content).replaceAll(match -> match.group().replace('.', '_'));
    }
}

package dev.aegis.runtime.internal.graph;

import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncEdgeAction.edge_async;
import static org.bsc.langgraph4j.action.AsyncNodeActionWithConfig.node_async;

import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.durable.internal.JdbcCheckpointSaver;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphInput;
import org.bsc.langgraph4j.GraphRepresentation;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.action.AsyncNodeActionWithConfig;
import org.bsc.langgraph4j.state.StateSnapshot;

/**
 * A route's compiled LangGraph4j graph: the step chain, a conditional edge after every step, and
 * the terminal nodes. Compiled once, shared by every run of the route; runs on the calling thread.
 *
 * <p>With a checkpoint saver (a durable route), a run needing approval is interrupted before the
 * {@code paused} node and written down as paused; an approved run resumes with the step that paused
 * it, or from the first step when its conversation was edited. Without one, the {@code paused} node
 * ends the run as it is given.
 */
final class RouteGraph {

    private static final List<String> TERMINALS = List.of(NodeNames.COMPLETED, NodeNames.REFUSED, NodeNames.PAUSED, NodeNames.FAILED);
    private static final RunnableConfig BLOCKING = RunnableConfig.builder().build();

    private final String route;
    private final CompiledGraph<GraphState> graph;
    private final Optional<JdbcCheckpointSaver> saver;

    private RouteGraph(String route, CompiledGraph<GraphState> graph, Optional<JdbcCheckpointSaver> saver) {
        this.route = route;
        this.graph = graph;
        this.saver = saver;
    }

    /**
     * @param chain the nodes, linked; the first is where a run starts
     * @param steps the most steps a run may take (the engine's recursion limit)
     * @param paused the {@code paused} node's step; a durable graph never runs it, being interrupted before
     */
    static RouteGraph compile(String route, List<GraphNode> chain, int steps, RouteStep paused, Optional<JdbcCheckpointSaver> saver) {
        checkNames(route, chain);
        try {
            StateGraph<GraphState> builder = new StateGraph<>(new ShallowCopySerializer());
            for (GraphNode node : chain) {
                builder.addNode(node.name(), action(node.step()));
            }
            builder.addNode(NodeNames.COMPLETED, action(TerminalSteps::completed));
            builder.addNode(NodeNames.REFUSED, action(TerminalSteps::refused));
            builder.addNode(NodeNames.PAUSED, action(paused));
            builder.addNode(NodeNames.FAILED, action(TerminalSteps::failed));
            builder.addEdge(START, chain.get(0).name());
            for (GraphNode node : chain) {
                builder.addConditionalEdges(node.name(), edge_async(state -> node.route(state.run())), HaltRouting.targets(node));
            }
            for (String terminal : TERMINALS) {
                builder.addEdge(terminal, END);
            }
            return new RouteGraph(route, builder.compile(compileConfig(steps, saver)), saver);
        } catch (GraphStateException e) {
            throw new IllegalStateException("route '" + route + "' does not compile to a graph: " + e.getMessage(), e);
        }
    }

    /**
     * The one place the graph's compile settings are made. The fast path has neither saver nor
     * interrupt. A durable graph releases a run's thread when it reaches its end (which also spares
     * a fresh run a read of the saver); a paused run is interrupted before reaching it.
     */
    private static CompileConfig compileConfig(int steps, Optional<JdbcCheckpointSaver> saver) {
        CompileConfig.Builder config = CompileConfig.builder().recursionLimit(steps + 4);
        saver.ifPresent(checkpoints -> config.checkpointSaver(checkpoints).interruptBefore(NodeNames.PAUSED).releaseThread(true));
        return config.build();
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

    boolean durable() {
        return saver.isPresent();
    }

    /** Runs the graph to its end, or to its pause, on the calling thread. */
    RunState run(RunState start, RunContext context) {
        if (saver.isEmpty()) {
            RunnableConfig config = context.stream().isEmpty() ? BLOCKING : withContext(RunnableConfig.builder(), context);
            return ended(() -> graph.invoke(GraphState.data(start), config));
        }
        String runId = start.runId();
        return settled(runId, () -> graph.invoke(GraphState.data(start), withContext(thread(runId), context)));
    }

    /** A run as its checkpoint holds it, when that checkpoint is a pause; with the checkpoint's id. */
    Optional<Paused> paused(String runId) {
        if (saver.isEmpty()) {
            return Optional.empty();
        }
        Optional<StateSnapshot<GraphState>> snapshot = graph.stateOf(thread(runId).build());
        return snapshot.filter(found -> NodeNames.PAUSED.equals(found.next()))
                .filter(found -> found.state().run().halt().filter(Halt.AwaitingApproval.class::isInstance).isPresent())
                .flatMap(found -> found.config().checkPointId().map(id -> new Paused(found.state().run(), id)));
    }

    record Paused(RunState state, String checkpointId) {}

    /**
     * Goes on with an approved run as if node {@code resumeAs} had just run ({@link StateGraph#START}
     * to run it from the first step), to its end or its next pause.
     */
    RunState proceed(RunState approved, String resumeAs, RunContext context) {
        JdbcCheckpointSaver checkpoints = saver.orElseThrow(() -> new IllegalStateException("route '" + route + "' cannot resume runs"));
        String runId = approved.runId();
        checkpoints.resuming(runId);
        return settled(runId, () -> {
            RunnableConfig updated = graph.updateState(thread(runId).build(), GraphState.data(approved), resumeAs);
            return graph.invoke(GraphInput.resume(), withContext(RunnableConfig.builder(updated), context));
        });
    }

    // A durable run ends one of two ways: through its terminal node (LangGraph4j releases the
    // thread), or interrupted before the paused node, when it is written down as paused. An
    // aborted run is released here: nothing can resume it.
    private RunState settled(String runId, Callable<Optional<GraphState>> run) {
        JdbcCheckpointSaver checkpoints = saver.orElseThrow();
        RunState end;
        try {
            end = ended(run);
            if (!HaltRouting.label(end).equals(HaltRouting.APPROVAL)) {
                return end;
            }
            RunState paused = TerminalSteps.paused(end, RunContext.blocking());
            checkpoints.pause(runId, paused);
            return paused;
        } catch (RuntimeException aborted) {
            try {
                checkpoints.release(thread(runId).build());
            } catch (RuntimeException cleanup) {
                aborted.addSuppressed(cleanup);
            }
            throw aborted;
        }
    }

    private RunState ended(Callable<Optional<GraphState>> run) {
        try {
            return run.call()
                    .map(GraphState::run)
                    .orElseThrow(() -> new IllegalStateException("the graph of route '" + route + "' ended without a state"));
        } catch (RuntimeException e) {
            throw GraphFailures.unwrap(e, route);
        } catch (Exception e) {
            throw new IllegalStateException("the graph of route '" + route + "' failed", e);
        }
    }

    private static RunnableConfig.Builder thread(String runId) {
        return RunnableConfig.builder().threadId(runId);
    }

    private static RunnableConfig withContext(RunnableConfig.Builder config, RunContext context) {
        return context.stream().isEmpty() ? config.build() : config.addMetadata(RunContext.METADATA_KEY, context).build();
    }

    // Step ids carry dots, which Mermaid does not take in node ids or class names; labels keep them.
    private static final java.util.regex.Pattern STEP_ID =
            java.util.regex.Pattern.compile("(?<!\\(\")\\b(?:(?:ingress|egress|tool-call|tool-result)\\.\\d+\\.[\\w-]+|route\\.[\\w-]+)");

    String mermaid() {
        String content = graph.getGraph(GraphRepresentation.Type.MERMAID, route, true).content();
        return STEP_ID.matcher(content).replaceAll(match -> match.group().replace('.', '_'));
    }
}

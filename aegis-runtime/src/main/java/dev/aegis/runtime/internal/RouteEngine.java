package dev.aegis.runtime.internal;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.RetryBackoff;
import dev.aegis.runtime.StreamListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A route made executable: its steps in graph order, compiled once into one LangGraph4j graph that
 * all runs of the route share.
 */
public final class RouteEngine {

    private final RoutePlan plan;
    private final RouteGraph graph;
    private final DirectChain direct;
    private final boolean throughGraph;
    private final EgressGate gate;
    private final List<Target> targets;

    private RouteEngine(RoutePlan plan, RouteGraph graph, DirectChain direct, boolean throughGraph, EgressGate gate) {
        this.plan = plan;
        this.graph = graph;
        this.direct = direct;
        this.throughGraph = throughGraph;
        this.gate = gate;
        this.targets = plan.execute().providers().stream().map(ProviderBinding::target).toList();
    }

    /**
     * @param alwaysThroughGraph run even non-durable routes through the graph engine (tests of the engine path)
     */
    public static RouteEngine assemble(RoutePlan plan, Hooks hooks, RetryBackoff backoff, ProviderBreakers breakers, boolean alwaysThroughGraph) {
        List<GraphNode> chain = new ArrayList<>();
        for (Step step : plan.ingress()) {
            chain.add(new GraphNode(step.id(), step(step, GuardStep.Stage.INGRESS, hooks), false));
        }
        plan.router().ifPresent(step ->
                chain.add(new GraphNode(step.id(), new RouterStep(step.id(), step(step, GuardStep.Stage.INGRESS, hooks)), false)));
        EgressGate gate = EgressGate.of(plan.egress(), hooks);
        chain.add(new GraphNode(NodeNames.EXECUTE, new ExecuteStep(plan.execute(), backoff, breakers, gate), true));
        for (Step step : plan.egress()) {
            chain.add(new GraphNode(step.id(), step(step, GuardStep.Stage.EGRESS, hooks), false));
        }
        boolean throughGraph = alwaysThroughGraph || plan.durability() != Durability.NONE;
        return new RouteEngine(plan, RouteGraph.compile(plan.name(), chain), new DirectChain(chain), throughGraph, gate);
    }

    private static RouteStep step(Step step, GuardStep.Stage stage, Hooks hooks) {
        return switch (step.action()) {
            case Step.GuardAction guard -> new GuardStep(new GuardCall(step, guard.guardrail(), hooks), stage);
            case Step.NodeAction node -> new NodeStep(step, node.node());
        };
    }

    /** The run as it enters the graph: the execute stage's targets unless the caller chose them, and the first event. */
    public RunState start(RunState initial) {
        StateDelta delta = StateDelta.empty();
        if (initial.get(RunState.TARGETS).isEmpty()) {
            delta = delta.with(RunState.TARGETS, targets);
        }
        return initial.apply(delta.event(Event.of(plan.name(), Event.RUN_STARTED, "", Map.of("route", plan.name()))));
    }

    public RunState run(RunState started) {
        return throughGraph ? graph.run(started, RunContext.blocking()) : direct.run(started, RunContext.blocking());
    }

    public RunState stream(RunState started, StreamSession session) {
        RunContext context = RunContext.streaming(session);
        return throughGraph ? graph.run(started, context) : direct.run(started, context);
    }

    public StreamSession session(StreamListener listener) {
        return new StreamSession(listener, gate.holdsAll());
    }

    public String mermaid() {
        return graph.mermaid();
    }
}

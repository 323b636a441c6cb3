package dev.aegis.runtime.internal.graph;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
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
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.internal.DurableRuns;
import dev.aegis.runtime.durable.internal.JdbcCheckpointSaver;
import dev.aegis.runtime.internal.steps.ApprovalGrant;
import dev.aegis.runtime.internal.steps.ApproverView;
import dev.aegis.runtime.internal.steps.ExecuteStep;
import dev.aegis.runtime.internal.steps.GuardCall;
import dev.aegis.runtime.internal.steps.GuardStep;
import dev.aegis.runtime.internal.steps.NodeStep;
import dev.aegis.runtime.internal.steps.ProviderBreakers;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RouterStep;
import dev.aegis.runtime.internal.steps.RunContext;
import dev.aegis.runtime.internal.stream.EgressGate;
import dev.aegis.runtime.internal.stream.StreamSession;
import dev.aegis.runtime.internal.telemetry.TracedStep;
import dev.aegis.runtime.internal.tools.ToolBox;
import dev.aegis.runtime.internal.tools.ToolGuardStep;
import dev.aegis.runtime.tools.ToolPins;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bsc.langgraph4j.StateGraph;

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
    private final PausedRuns paused;

    private RouteEngine(RoutePlan plan, RouteGraph graph, DirectChain direct, boolean throughGraph, EgressGate gate, PausedRuns paused) {
        this.plan = plan;
        this.graph = graph;
        this.direct = direct;
        this.throughGraph = throughGraph;
        this.gate = gate;
        this.targets = plan.execute().providers().stream().map(ProviderBinding::target).toList();
        this.paused = paused;
    }

    /**
     * @param alwaysThroughGraph run even non-durable routes through the graph engine (tests of the engine path)
     * @param durable where a durable route keeps its paused runs; without it, such a route runs in
     *     memory and refuses a run that needs approval
     */
    public static RouteEngine assemble(RoutePlan plan, Hooks hooks, RetryBackoff backoff, ProviderBreakers breakers,
            boolean alwaysThroughGraph, Optional<DurableRuns> durable, ToolPins pins) {
        List<GraphNode> main = new ArrayList<>();
        for (Step step : plan.ingress()) {
            main.add(new GraphNode(step.id(), step(step, GuardStep.Stage.INGRESS, hooks), false));
        }
        plan.router().ifPresent(step ->
                main.add(new GraphNode(step.id(), new RouterStep(step.id(), step(step, GuardStep.Stage.INGRESS, hooks)), false)));
        Optional<ToolBox> tools = plan.tools().map(toolsPlan -> new ToolBox(plan.name(), toolsPlan, pins));
        tools.ifPresent(box -> main.add(new GraphNode(NodeNames.OFFER_TOOLS, box::offer, false)));
        EgressGate gate = EgressGate.of(plan.egress(), hooks);
        main.add(new GraphNode(NodeNames.EXECUTE, new ExecuteStep(plan.execute(), backoff, breakers, gate), true));
        int execute = main.size() - 1;
        for (Step step : plan.egress()) {
            main.add(new GraphNode(step.id(), step(step, GuardStep.Stage.EGRESS, hooks), false));
        }
        List<GraphNode> loop = new ArrayList<>();
        tools.ifPresent(box -> {
            box.plan().callGuards().forEach(step -> loop.add(new GraphNode(step.id(), toolGuard(step, ToolGuardStep.Side.CALL, hooks), false)));
            loop.add(new GraphNode(NodeNames.CALL_TOOLS, box::call, false));
            box.plan().resultGuards().forEach(step -> loop.add(new GraphNode(step.id(), toolGuard(step, ToolGuardStep.Side.RESULT, hooks), false)));
        });
        List<GraphNode> chain = linked(main, NodeNames.COMPLETED);
        if (!loop.isEmpty()) {
            chain.set(execute, chain.get(execute).branching(new GraphNode.Branch(NodeNames.TOOL_CALLS, ToolBox::pending, loop.getFirst().name())));
            chain.addAll(linked(loop, NodeNames.EXECUTE));
        }
        chain.replaceAll(node -> node.withStep(ApprovalGrant.usedUpBy(node.name(), node.step())));
        chain.replaceAll(TracedStep::of);
        chain.replaceAll(RelayedStep::of);
        // A run walks the main chain once and the tool loop (back through execute) at most once a round.
        int steps = main.size() + tools.map(box -> (box.plan().maxSteps() + 1) * (loop.size() + 1)).orElse(0) + 4;
        boolean durableRoute = plan.durability() != Durability.NONE;
        Optional<JdbcCheckpointSaver> saver = durable.filter(runs -> durableRoute)
                .map(runs -> new JdbcCheckpointSaver(runs, plan.name(), plan.durability(), GraphState.RUN));
        RouteStep pausedStep = saver.isPresent() ? TerminalSteps::paused : TerminalSteps.approvalUnavailable(durableRoute
                ? "route '" + plan.name() + "' has no state store to keep a paused run in"
                : "route '" + plan.name() + "' has durability none, so it cannot pause a run");
        RouteGraph graph = RouteGraph.compile(plan.name(), chain, steps, pausedStep, saver);
        Optional<DurableRuns> keeping = durable.filter(runs -> saver.isPresent());
        keeping.ifPresent(runs -> runs.onRunEnd(plan.name(), hooks::runEnded));
        boolean throughGraph = alwaysThroughGraph || durableRoute;
        Set<String> beforeModel = new HashSet<>();
        main.subList(0, execute).forEach(node -> beforeModel.add(node.name()));
        return new RouteEngine(plan, graph, new DirectChain(chain, pausedStep), throughGraph, gate,
                new PausedRuns(plan.name(), graph, keeping, resumeAs(chain), beforeModel, new ApproverView(plan.ingress())));
    }

    // For each node, the node the graph resumes as so that it runs next: the one before it in the
    // chain, the execute stage for the tool loop's first node, the graph's start for the first.
    private static Map<String, String> resumeAs(List<GraphNode> chain) {
        Map<String, String> before = new HashMap<>();
        before.put(chain.getFirst().name(), StateGraph.START);
        for (GraphNode node : chain) {
            before.putIfAbsent(node.next(), node.name());
            node.branch().ifPresent(branch -> before.putIfAbsent(branch.target(), node.name()));
        }
        return before;
    }

    // Each node goes on to the one after it; the last to {@code end}.
    private static List<GraphNode> linked(List<GraphNode> nodes, String end) {
        List<GraphNode> linked = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            linked.add(nodes.get(i).linkedTo(i + 1 < nodes.size() ? nodes.get(i + 1).name() : end));
        }
        return linked;
    }

    private static RouteStep toolGuard(Step step, ToolGuardStep.Side side, Hooks hooks) {
        return switch (step.action()) {
            case Step.GuardAction guard -> new ToolGuardStep(new GuardCall(step, guard.guardrail(), hooks), side);
            case Step.NodeAction node -> new NodeStep(step, node.node());
        };
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
        session.relay(started);
        RunContext context = RunContext.streaming(session);
        return throughGraph ? graph.run(started, context) : direct.run(started, context);
    }

    /**
     * Applies a decision to a paused run of this route: the run ends here (rejected, expired) or is
     * ready to {@link #proceed}.
     *
     * @throws dev.aegis.runtime.durable.RunNotPausedException when the run is not waiting for a decision here
     */
    public PausedRuns.Decided decide(String runId, Decision decision) {
        return paused.decide(runId, decision);
    }

    /**
     * The conversation of a paused run of this route as an approver is shown it: as the model would
     * be sent it (masked), or in clear when {@code reveal}; empty when the run is not paused here.
     */
    public Optional<List<Message>> pausedConversation(String runId, boolean reveal) {
        return paused.conversation(runId, reveal);
    }

    /** The retrieved passages of a paused run of this route as an approver is shown them; see {@link #pausedConversation}. */
    public Optional<List<Passage>> pausedPassages(String runId, boolean reveal) {
        return paused.passages(runId, reveal);
    }

    public RunState proceed(PausedRuns.Decided decided) {
        return paused.proceed(decided, RunContext.blocking());
    }

    public RunState proceed(PausedRuns.Decided decided, StreamSession session) {
        return paused.proceed(decided, RunContext.streaming(session));
    }

    public StreamSession session(StreamListener listener) {
        return new StreamSession(listener, gate.holdsAll());
    }

    public String mermaid() {
        return graph.mermaid();
    }
}

package dev.aegis.runtime;

import dev.aegis.api.model.ChatOptions;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.RunNotPausedException;
import dev.aegis.runtime.internal.graph.PausedRuns;
import dev.aegis.runtime.internal.graph.RouteEngine;
import dev.aegis.runtime.internal.stream.StreamSession;
import dev.aegis.runtime.internal.telemetry.RunTelemetry;
import java.util.List;
import java.util.Optional;

/**
 * A route compiled into its graph: ingress steps, the router, execute, egress steps. Shared by all
 * requests and thread-safe; every run happens on the calling thread.
 *
 * <p>A contract violation by a plugin (a node returning null, a guard returning no verdict) is thrown
 * as an {@link IllegalStateException} naming it; everything else ends in a {@link RunResult}.
 */
public final class CompiledRoute {

    private final RoutePlan plan;
    private final Hooks hooks;
    private final RouteEngine engine;
    private final RunTelemetry telemetry;
    private final RunSink sink;

    CompiledRoute(RoutePlan plan, Hooks hooks, RouteEngine engine, RunTelemetry telemetry, RunSink sink) {
        this.plan = plan;
        this.hooks = hooks;
        this.engine = engine;
        this.telemetry = telemetry;
        this.sink = sink;
    }

    public String name() {
        return plan.name();
    }

    public RoutePlan plan() {
        return plan;
    }

    /** The graph as a Mermaid flowchart, conditional edges included: what an auditor reads. */
    public String mermaid() {
        return engine.mermaid();
    }

    /** Runs the route with a blocking model call; the run's {@link RunState#CHAT_OPTIONS} apply if set. */
    public RunResult invoke(RunState state) {
        RunState started = start(state);
        return telemetry.observe(started, plan.captureContent(), () -> end(ended(started, () -> engine.run(started))));
    }

    public RunResult invoke(RunState state, ChatOptions options) {
        return invoke(withOptions(state, options));
    }

    /**
     * Runs the route with a streamed model call; the listener receives what the egress guards
     * release, then the result, which is also returned.
     */
    public RunResult stream(RunState state, StreamListener listener) {
        requireNonNull(listener, "listener");
        StreamSession session = engine.session(listener);
        RunState started = start(state);
        return telemetry.observe(started, plan.captureContent(), () -> {
            RunResult result = endStream(ended(started, () -> engine.stream(started, session)), listener);
            session.end(result);
            return result;
        });
    }

    public RunResult stream(RunState state, ChatOptions options, StreamListener listener) {
        return stream(withOptions(state, options), listener);
    }

    /**
     * Gives a paused run of this route its decision, in this process or any other sharing the state
     * store. Approved: the halt is cleared, an {@code approval} event records who approved (and, for
     * an edit, a hash of the edited conversation and which messages changed), and the run goes on
     * with the step that paused it, which scans again what it had not scanned yet; with an edited
     * conversation, it goes on from the start of ingress, so every ingress step checks, masks or
     * refuses the edit. The approved request does not pause the run again; a block or another
     * request does. Rejected: the run ends refused ({@code approval_rejected}). A request past its
     * expiry ends refused ({@code approval_expired}). Of concurrent decisions about one run exactly
     * one is applied. The run-end hooks hear of the run's end, as they heard of its pause; the
     * run-start hooks are not called again.
     *
     * <p>An approval of a request that needs more approvers than have approved is counted and the
     * run stays paused: the result is the paused run; {@link #decide} tells the two apart.
     *
     * @throws RunNotPausedException ({@code run_not_paused}) when the run is not waiting for a
     *     decision on this route: unknown, finished, already decided, or being resumed right now
     * @throws DecisionRefusedException when the approval policy does not take this decision
     *     (the starter approving under separation, an approver approving twice, an edit where none is taken)
     */
    public RunResult resume(String runId, Decision decision) {
        return decide(runId, decision).run();
    }

    /** {@link #resume(String, Decision)}, saying whether the run waits for more approvers. */
    public DecisionResult decide(String runId, Decision decision) {
        PausedRuns.Decided decided = engine.decide(runId, decision);
        if (decided.waitingForApprovers()) {
            return new DecisionResult(RunResult.of(decided.state()), decided.waiting());
        }
        RunResult result = telemetry.observe(decided.state(), plan.captureContent(),
                () -> decided.ended() ? end(decided.state()) : end(ended(decided.state(), () -> engine.proceed(decided))));
        return new DecisionResult(result, Optional.empty());
    }

    /**
     * {@link #resume(String, Decision)}, with the rest of the run streamed to the listener; when the
     * decision is refused with {@link RunNotPausedException} or {@link DecisionRefusedException}, the
     * listener hears nothing, and when the run waits for more approvers it hears of the paused run.
     */
    public RunResult resume(String runId, Decision decision, StreamListener listener) {
        requireNonNull(listener, "listener");
        StreamSession session = engine.session(listener);
        PausedRuns.Decided decided = engine.decide(runId, decision);
        if (decided.waitingForApprovers()) {
            RunResult paused = RunResult.of(decided.state());
            session.end(paused);
            return paused;
        }
        return telemetry.observe(decided.state(), plan.captureContent(), () -> {
            RunResult result = endStream(decided.ended() ? decided.state() : ended(decided.state(), () -> engine.proceed(decided, session)),
                    listener);
            session.end(result);
            return result;
        });
    }

    /**
     * The conversation of a paused run of this route, for whoever decides about it: as the model
     * would be sent it — the ingress guards that had not run yet previewed on it (what they rewrite
     * is rewritten, what they refuse withheld) and every masked value shown as its placeholder — or,
     * when {@code reveal}, with the placeholders replaced by their originals. Empty when the run is
     * not paused on this route.
     */
    public Optional<List<Message>> pausedConversation(String runId, boolean reveal) {
        return engine.pausedConversation(requireNonNull(runId, "runId"), reveal);
    }

    /**
     * The retrieved passages of a paused run of this route, shown like {@link #pausedConversation}:
     * the remaining ingress guards that scan RAG chunks previewed on them (a passage one would block
     * is withheld, its text not shown) and every masked value shown as its placeholder, or in clear
     * when {@code reveal}. Passages are not editable: an edited approval replaces the conversation
     * only. Empty when the run is not paused on this route.
     */
    public Optional<List<Passage>> pausedPassages(String runId, boolean reveal) {
        return engine.pausedPassages(requireNonNull(runId, "runId"), reveal);
    }

    private RunState start(RunState state) {
        RunState started = engine.start(requireNonNull(state, "state"));
        hooks.runStarted(started);
        return started;
    }

    // Whatever happens, the run-end hooks hear of the run (a budget must release what it reserved),
    // even when the run is aborted by a client that went away or a contract violation.
    private RunState ended(RunState started, java.util.function.Supplier<RunState> run) {
        try {
            return run.get();
        } catch (RuntimeException aborted) {
            hooks.runEnded(started.apply(StateDelta.empty().event(dev.aegis.api.state.Event.of(
                    "runtime", dev.aegis.api.state.Event.FAILED, "run aborted: " + aborted.getClass().getSimpleName()))));
            throw aborted;
        }
    }

    // The run is recorded before its caller answers anyone: the sink runs before the stream's end is released.
    private RunResult end(RunState finished) {
        hooks.runEnded(finished);
        RunResult result = RunResult.of(finished);
        sink.runEnded(result);
        return result;
    }

    private RunResult endStream(RunState finished, StreamListener listener) {
        try {
            return end(finished);
        } catch (RunNotRecordedException unrecorded) {
            listener.onUnrecorded(unrecorded);
            throw unrecorded;
        }
    }

    private static RunState withOptions(RunState state, ChatOptions options) {
        return state.apply(StateDelta.of(RunState.CHAT_OPTIONS, requireNonNull(options, "options")));
    }
}

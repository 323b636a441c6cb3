package dev.aegis.runtime.internal.graph;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.RunState;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.RunNotPausedException;
import dev.aegis.runtime.durable.internal.ApprovalOutcomes;
import dev.aegis.runtime.durable.internal.DurableRuns;
import dev.aegis.runtime.internal.steps.RunContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Decisions about one route's paused runs. The paused checkpoint is read (and decoded) first, so a
 * run that cannot be read back stays pending; then the decision is claimed, exactly once, and only
 * then does the run go on.
 */
public final class PausedRuns {

    /**
     * A decided run: ended (rejected, expired), or approved and ready to go on after {@code pausedAt}.
     */
    public record Decided(RunState state, Optional<String> pausedAt) {

        public Decided {
            requireNonNull(state, "state");
            requireNonNull(pausedAt, "pausedAt");
        }

        public boolean ended() {
            return pausedAt.isEmpty();
        }
    }

    private final String route;
    private final RouteGraph graph;
    private final Optional<DurableRuns> runs;

    PausedRuns(String route, RouteGraph graph, Optional<DurableRuns> runs) {
        this.route = route;
        this.graph = graph;
        this.runs = runs;
    }

    Decided decide(String runId, Decision decision) {
        requireNonNull(runId, "runId");
        requireNonNull(decision, "decision");
        DurableRuns store = runs.orElseThrow(() -> new RunNotPausedException(runId,
                "route '" + route + "' keeps no paused runs (durability none, or no state store)"));
        RouteGraph.Paused paused = graph.paused(runId)
                .orElseThrow(() -> new RunNotPausedException(runId, "route '" + route + "' holds no paused checkpoint of it"));
        String pausedAt = paused.state().halt().orElseThrow().source();
        Instant now = store.clock().instant();
        Approval.Status status = decision instanceof Decision.Approve ? Approval.Status.APPROVED : Approval.Status.REJECTED;
        return switch (store.decide(runId, route, paused.checkpointId(), status, decision.approver(), status == Approval.Status.REJECTED)) {
            case WON -> switch (decision) {
                case Decision.Approve approve -> new Decided(ApprovalOutcomes.approved(paused.state(), approve, now), Optional.of(pausedAt));
                case Decision.Reject reject -> new Decided(ApprovalOutcomes.rejected(paused.state(), reject, now), Optional.empty());
            };
            case OVERDUE -> {
                if (!store.expire(runId, now)) {
                    throw new RunNotPausedException(runId, "its approval request expired");
                }
                yield new Decided(ApprovalOutcomes.expired(paused.state(), now), Optional.empty());
            }
            case LOST -> throw new RunNotPausedException(runId, lost(store, runId));
        };
    }

    private String lost(DurableRuns store, String runId) {
        return store.find(runId).map(approval -> !approval.route().equals(route)
                        ? "it paused on route '" + approval.route() + "', not '" + route + "'"
                        : approval.status() != Approval.Status.PENDING
                        ? "its approval request is already " + approval.status().wireName()
                        : "it paused again since it was read")
                .orElse("it has no approval request");
    }

    RunState proceed(Decided decided, RunContext context) {
        String pausedAt = decided.pausedAt().orElseThrow(() -> new IllegalArgumentException("the run has ended"));
        return graph.proceed(decided.state(), pausedAt, context);
    }
}

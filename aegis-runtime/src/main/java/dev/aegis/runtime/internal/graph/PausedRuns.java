package dev.aegis.runtime.internal.graph;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.RunNotPausedException;
import dev.aegis.runtime.durable.internal.ApprovalOutcomes;
import dev.aegis.runtime.durable.internal.DurableRuns;
import dev.aegis.runtime.durable.internal.HaltRules;
import dev.aegis.runtime.internal.steps.ApprovalGrant;
import dev.aegis.runtime.internal.steps.ApproverView;
import dev.aegis.runtime.internal.steps.RunContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bsc.langgraph4j.StateGraph;

/**
 * Decisions about one route's paused runs. The paused checkpoint is read (and decoded) first, so a
 * run that cannot be read back stays pending; then the decision is claimed, exactly once, and only
 * then does the run go on.
 *
 * <p>An approved run goes on with the step that paused it, which scans again what it had not yet
 * scanned; an approved run whose conversation the approver edited goes on from the start of
 * ingress, so every ingress step checks, masks and may refuse the edit. Either way the approval is
 * granted to the pausing step for the rules it asked about ({@link ApprovalGrant}), so the same
 * request does not pause the run again, while a block or any other request still does.
 */
public final class PausedRuns {

    /**
     * A decided run: ended (rejected, expired); approved and ready to go on, the graph resuming as if
     * {@code resumeAs} had just run; or approved by one more approver while the request needs more,
     * the run still paused ({@code waiting}).
     */
    public record Decided(RunState state, Optional<String> resumeAs, Optional<Approval> waiting) {

        public Decided {
            requireNonNull(state, "state");
            requireNonNull(resumeAs, "resumeAs");
            requireNonNull(waiting, "waiting");
        }

        public boolean ended() {
            return resumeAs.isEmpty() && waiting.isEmpty();
        }

        public boolean waitingForApprovers() {
            return waiting.isPresent();
        }
    }

    private final String route;
    private final RouteGraph graph;
    private final Optional<DurableRuns> runs;
    private final Map<String, String> resumeAs;
    private final Set<String> editable;
    private final ApproverView view;

    /**
     * @param resumeAs for each node, the node the graph resumes as so that it runs next
     * @param editable the nodes before the model call: a run paused at one may have its conversation edited
     */
    PausedRuns(String route, RouteGraph graph, Optional<DurableRuns> runs, Map<String, String> resumeAs, Set<String> editable,
            ApproverView view) {
        this.route = route;
        this.graph = graph;
        this.runs = runs;
        this.resumeAs = Map.copyOf(resumeAs);
        this.editable = Set.copyOf(editable);
        this.view = view;
    }

    Decided decide(String runId, Decision decision) {
        requireNonNull(runId, "runId");
        requireNonNull(decision, "decision");
        DurableRuns store = runs.orElseThrow(() -> new RunNotPausedException(runId,
                "route '" + route + "' keeps no paused runs (durability none, or no state store)"));
        RouteGraph.Paused paused = graph.paused(runId)
                .orElseThrow(() -> new RunNotPausedException(runId, "route '" + route + "' holds no paused checkpoint of it"));
        String pausedAt = paused.state().halt().orElseThrow().source();
        Set<String> rules = HaltRules.of(paused.state());
        boolean edited = decision instanceof Decision.Approve approve && approve.editedMessages().isPresent();
        if (edited && !editable.contains(pausedAt)) {
            throw new DecisionRefusedException(DecisionRefusedException.EDIT_NOT_SUPPORTED, "run " + runId + " paused at " + pausedAt
                    + ", after the model was called: approve it as it is, or reject it");
        }
        if (edited && store.policy().required(rules) > 1) {
            throw new DecisionRefusedException(DecisionRefusedException.EDIT_NOT_SUPPORTED, "run " + runId
                    + " needs several approvers, who must all approve the same conversation: approve it as it is, or reject it");
        }
        Instant now = store.clock().instant();
        Approval.Status status = decision instanceof Decision.Approve ? Approval.Status.APPROVED : Approval.Status.REJECTED;
        DurableRuns.Claimed claimed = store.decide(runId, route, paused.checkpointId(), status, decision.approver(),
                status == Approval.Status.REJECTED);
        return switch (claimed.claim()) {
            case WON -> switch (decision) {
                case Decision.Approve approve -> new Decided(approved(paused.state(), approve, claimed.approvers(), rules, now),
                        Optional.of(edited ? StateGraph.START : resumeAs.getOrDefault(pausedAt, pausedAt)), Optional.empty());
                case Decision.Reject reject -> new Decided(ApprovalOutcomes.rejected(paused.state(), reject, now), Optional.empty(), Optional.empty());
            };
            case COUNTED -> new Decided(paused.state(), Optional.empty(), Optional.of(store.find(runId)
                    .orElseThrow(() -> new IllegalStateException("run " + runId + " lost its approval request"))));
            case OVERDUE -> {
                if (!store.expire(runId, now)) {
                    throw new RunNotPausedException(runId, "its approval request expired");
                }
                yield new Decided(ApprovalOutcomes.expired(paused.state(), now), Optional.empty(), Optional.empty());
            }
            case LOST -> throw new RunNotPausedException(runId, lost(store, runId));
        };
    }

    // An approver edits the conversation as they were shown it: placeholders only the preview made
    // stand for values the run still holds in clear, and are put back, for the ingress steps to
    // mask again into the run's own mask map.
    private RunState approved(RunState paused, Decision.Approve approve, List<String> approvers, Set<String> rules, Instant now) {
        if (approve.editedMessages().isEmpty()) {
            return ApprovalOutcomes.approved(paused, approve, approvers, paused.messages(), now)
                    .apply(ApprovalGrant.granting(paused.halt().orElseThrow().source(), rules));
        }
        ApproverView.Preview shown = view.masked(paused);
        RunState approved = ApprovalOutcomes.approved(paused, approve, approvers, shown.messages(), now)
                .apply(ApprovalGrant.granting(paused.halt().orElseThrow().source(), rules));
        Map<String, String> previewOnly = new HashMap<>(shown.maskMap().entries());
        previewOnly.keySet().removeAll(paused.maskMap().entries().keySet());
        return previewOnly.isEmpty() ? approved : approved.apply(StateDelta.of(RunState.MESSAGES,
                ApproverView.revealed(approved.messages(), MaskMap.of(previewOnly))));
    }

    /** The conversation of a paused run of this route as an approver is shown it: masked, or, when {@code reveal}, in clear. */
    Optional<List<Message>> conversation(String runId, boolean reveal) {
        return graph.paused(runId).map(paused -> reveal
                ? ApproverView.revealed(paused.state().messages(), paused.state().maskMap())
                : view.masked(paused.state()).messages());
    }

    /**
     * The retrieved passages of a paused run of this route as an approver is shown them: masked like
     * the conversation (a passage a remaining ingress guard would block withheld), or, when {@code
     * reveal}, in clear. Shown only: an edited approval does not change them.
     */
    Optional<List<Passage>> passages(String runId, boolean reveal) {
        return graph.paused(runId).map(paused -> reveal
                ? ApproverView.revealedPassages(paused.state().getOrDefault(RunState.PASSAGES, List.<Passage>of()), paused.state().maskMap())
                : view.masked(paused.state()).passages());
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
        String resumeAsNode = decided.resumeAs().orElseThrow(() -> new IllegalArgumentException("the run does not go on"));
        return graph.proceed(decided.state(), resumeAsNode, context);
    }
}

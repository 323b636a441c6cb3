package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.DecisionResult;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.RunNotPausedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an approver may do, whatever carries the request (the HTTP API, an embedding application):
 * list the pending approvals (waiting for one), look at a paused run, and decide about it. Answers
 * the native API's documents and throws its {@link ApiError}s, so every interface says the same.
 */
public final class ApprovalDesk {

    private final Gateway gateway;
    private final Approvals approvals;
    private final RunRecorder runs;
    private final String role;
    private final String revealRole;

    public ApprovalDesk(Gateway gateway, Approvals approvals, RunRecorder runs, String role, String revealRole) {
        this.gateway = gateway;
        this.approvals = approvals;
        this.runs = runs;
        this.role = role;
        this.revealRole = revealRole;
    }

    /** A decision's answer: the finished run (200), or the approval still waiting for its quorum (202). */
    public record Decided(int status, byte[] document) {}

    /** @throws ApiError 403 {@code role_required} unless the principal has the approver role */
    public Principal approver(Principal principal) {
        if (!principal.hasRole(role)) {
            throw ApiError.forbidden("role_required", "Deciding about paused runs needs the role '" + role + "'.");
        }
        return principal;
    }

    /**
     * The pending approvals, waiting up to {@code wait} for one to exist: woken when a run pauses in
     * this process, and re-reading the store every {@link PauseSignal#RECHECK} for runs paused by
     * other gateways sharing it.
     */
    public List<Approval> pending(Principal principal, Optional<String> route, Duration wait) {
        approver(principal);
        PauseSignal signal = runs.pauses();
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long seen = signal.count();
            List<Approval> pending = route.map(approvals::pending).orElseGet(approvals::pending);
            long left = deadline - System.nanoTime();
            if (!pending.isEmpty() || left <= 0) {
                return pending;
            }
            Duration nap = left < PauseSignal.RECHECK.toNanos() ? Duration.ofNanos(left) : PauseSignal.RECHECK;
            if (!signal.await(seen, nap)) {
                return pending;
            }
        }
    }

    /**
     * One approval as its approver sees it: with the paused conversation and passages while it is
     * pending, masked, or revealed ({@code reveal}, needing the reveal role and recorded in the audit log).
     */
    public byte[] view(Principal principal, String runId, boolean reveal) {
        approver(principal);
        Approval approval = approval(runId);
        if (reveal && !principal.hasRole(revealRole)) {
            throw ApiError.forbidden("role_required", "Seeing a paused run's conversation unmasked needs the role '" + revealRole + "'.");
        }
        Optional<List<Message>> conversation = approval.status() == Approval.Status.PENDING
                ? gateway.routeNamed(approval.route()).flatMap(route -> route.pausedConversation(approval.runId(), reveal))
                : Optional.empty();
        List<Passage> passages = conversation.isPresent()
                ? gateway.routeNamed(approval.route()).flatMap(route -> route.pausedPassages(approval.runId(), reveal)).orElse(List.of())
                : List.of();
        if (reveal && conversation.isPresent()) {
            // recorded before anything unmasked leaves the gateway
            runs.recordAdmin(AdminAction.now(principal, approval.route(), approval.guard(), "approval.revealed", "",
                    Map.of("run", approval.runId())));
        }
        return Json.bytes(json -> ApprovalDocument.write(json, approval, conversation, passages, reveal));
    }

    /**
     * Applies the principal's decision to the paused run, resuming it here and now.
     *
     * @param decision the decision, made once the principal is known to be an approver and the approval to exist
     * @throws dev.aegis.runtime.RunNotRecordedException when the resumed run could not be recorded
     */
    public Decided decide(Principal principal, String runId, Function<Principal, Decision> decision) {
        approver(principal);
        Approval approval = approval(runId);
        Decision made = decision.apply(principal);
        CompiledRoute route = gateway.routeNamed(approval.route())
                .orElseThrow(() -> ApiError.notFound("route_not_found", "The route '" + approval.route() + "' of this run is no longer configured."));
        DecisionResult result;
        try {
            result = route.decide(approval.runId(), made);
        } catch (RunNotPausedException e) {
            throw new ApiError(409, "invalid_request_error", e.code(), e.getMessage(), Optional.of(approval.runId()));
        } catch (DecisionRefusedException e) {
            throw refused(e, approval.runId());
        }
        if (result.waiting().isPresent()) {
            Approval waiting = result.waiting().get();
            runs.recordAdmin(AdminAction.now(principal, waiting.route(), waiting.guard(), "approval.given", "", Map.of(
                    "run", waiting.runId(), "approvals", Integer.toString(waiting.approvedBy().size()),
                    "required", Integer.toString(waiting.required()))));
            return new Decided(202, Json.bytes(json -> ApprovalDocument.write(json, waiting)));
        }
        // The approver is shown the outcome as the model saw it, unless it may see originals (or started the run).
        RunResult run = result.run();
        String owner = run.state().principal().map(Principal::id).orElse("");
        return new Decided(200, runs.showsOriginals(owner, principal, true) ? RunDocument.of(run) : RunDocument.masked(run));
    }

    private static ApiError refused(DecisionRefusedException e, String runId) {
        int status = e.code().equals(DecisionRefusedException.SEPARATION) ? 403 : 409;
        String type = status == 403 ? "permission_error" : "invalid_request_error";
        Optional<String> param = e.code().equals(DecisionRefusedException.EDIT_NOT_SUPPORTED) ? Optional.of("messages") : Optional.of(runId);
        return new ApiError(status, type, e.code(), e.getMessage(), param);
    }

    private Approval approval(String runId) {
        return approvals.get(runId).orElseThrow(() -> ApiError.notFound("approval_not_found", "No approval for run '" + runId + "'."));
    }
}

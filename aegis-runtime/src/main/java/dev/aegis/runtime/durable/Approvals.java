package dev.aegis.runtime.durable;

import dev.aegis.api.state.Message;
import dev.aegis.runtime.durable.internal.DurableRuns;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The approval requests of paused runs, for the approvals API and CLI. A request's id is its run's
 * id. Deciding one is {@link dev.aegis.runtime.CompiledRoute#resume} on the request's
 * {@link Approval#route() route}; this class only reads, and expires what nobody decided in time.
 */
public final class Approvals {

    /** A run needed approval on a route that cannot pause (durability {@code none}, or no state store). */
    public static final String APPROVAL_UNAVAILABLE = "approval_unavailable";
    /** The approver rejected the run. */
    public static final String APPROVAL_REJECTED = "approval_rejected";
    /** Nobody decided before the request expired. */
    public static final String APPROVAL_EXPIRED = "approval_expired";

    private final DurableRuns runs;

    Approvals(DurableRuns runs) {
        this.runs = runs;
    }

    /** Every pending request, oldest first. */
    public List<Approval> pending() {
        return runs.pending(Optional.empty());
    }

    /** The pending requests of one route, oldest first. */
    public List<Approval> pending(String route) {
        return runs.pending(Optional.of(route));
    }

    /** The request of a run, whatever its status; empty when the run never paused. */
    public Optional<Approval> get(String runId) {
        return runs.find(runId);
    }

    /**
     * The conversation a pending request is about, as its checkpoint holds it: after the ingress
     * steps that ran before the pause, so not necessarily masked. Show approvers
     * {@link dev.aegis.runtime.CompiledRoute#pausedConversation} instead. Empty unless pending.
     */
    public Optional<List<Message>> messages(String runId) {
        return runs.pausedMessages(runId);
    }

    /**
     * Expires every pending request whose time ran out at {@code now}: its run ends refused
     * ({@value #APPROVAL_EXPIRED}), its checkpoint is deleted and, when its route was compiled in
     * this process, the route's run-end hooks hear of it. Safe to call periodically from several
     * instances: each request expires once.
     *
     * @return the requests this call expired
     */
    public List<Approval> expire(Instant now) {
        return runs.expireOverdue(now);
    }

    /**
     * Deletes up to {@code max} decided requests (approved, rejected or expired) decided before
     * {@code before}, with the approvals given to them; a pending request is never deleted.
     *
     * @return how many were deleted
     */
    public int deleteDecided(Instant before, int max) {
        return runs.deleteDecided(before, max);
    }
}

package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's request for human approval: one per run, identified by the run id. When a resumed run
 * pauses again (an egress guard after an ingress one), its row is reused for the new request.
 *
 * @param principalId who the run acts for
 * @param team the principal's team; empty when none
 * @param reason the guard's reason, as the client was told
 * @param guard the step that asked for approval, e.g. {@code ingress.1.sensitive-topics}
 * @param decidedBy who approved or rejected it; empty while pending and for an expired one
 * @param decidedAt when it was approved, rejected or expired
 * @param rules the rules the request is for (those of the guard's evidence), sorted; empty when none were named
 * @param approvedBy who approved it so far, in order; while pending, those counted towards {@code required}
 * @param required how many distinct approvers it needs (the approval policy's quorum for its rules)
 */
public record Approval(
        String runId,
        String route,
        String principalId,
        String team,
        String reason,
        String guard,
        Instant created,
        Instant expires,
        Status status,
        Optional<String> decidedBy,
        Optional<Instant> decidedAt,
        List<String> rules,
        List<String> approvedBy,
        int required) {

    public Approval {
        requireNonNull(runId, "runId");
        requireNonNull(route, "route");
        requireNonNull(principalId, "principalId");
        requireNonNull(team, "team");
        requireNonNull(reason, "reason");
        requireNonNull(guard, "guard");
        requireNonNull(created, "created");
        requireNonNull(expires, "expires");
        requireNonNull(status, "status");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
        rules = List.copyOf(rules);
        approvedBy = List.copyOf(approvedBy);
        if (required < 1) {
            throw new IllegalArgumentException("an approval request needs at least one approver");
        }
    }

    /** The same request, as the approval policy and the approvals so far make it. */
    public Approval withApprovals(List<String> approvers, int requiredApprovers) {
        return new Approval(runId, route, principalId, team, reason, guard, created, expires, status, decidedBy, decidedAt, rules,
                approvers, requiredApprovers);
    }

    public enum Status {
        /** The run is paused, waiting for a decision. */
        PENDING,
        /** Approved: the run went on. */
        APPROVED,
        /** Rejected: the run was refused ({@code approval_rejected}). */
        REJECTED,
        /** Nobody decided in time: the run was refused ({@code approval_expired}). */
        EXPIRED;

        /** As stored and shown: {@code pending}, {@code approved}, … */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}

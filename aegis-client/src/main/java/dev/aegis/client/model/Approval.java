package dev.aegis.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paused run's request for a decision. {@code id} is the run's id. {@code view}, {@code messages}
 * and {@code passages} are only filled by {@code approvals().get(..)} of a pending request.
 */
public record Approval(
        String id,
        String runId,
        String route,
        String principal,
        String team,
        String reason,
        String guard,
        List<String> rules,
        ApprovalStatus status,
        int approvalsRequired,
        List<String> approvedBy,
        Instant created,
        Instant expires,
        Optional<String> decidedBy,
        Optional<Instant> decidedAt,
        Optional<ApprovalView> view,
        List<Message> messages,
        List<Passage> passages) implements ApprovalResult {

    /** The schema's constant {@code object}. */
    public static final String OBJECT = "approval";

    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(guard, "guard");
        rules = List.copyOf(Objects.requireNonNullElse(rules, List.of()));
        Objects.requireNonNull(status, "status");
        approvedBy = List.copyOf(Objects.requireNonNullElse(approvedBy, List.of()));
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        decidedBy = Objects.requireNonNullElse(decidedBy, Optional.empty());
        decidedAt = Objects.requireNonNullElse(decidedAt, Optional.empty());
        view = Objects.requireNonNullElse(view, Optional.empty());
        messages = List.copyOf(Objects.requireNonNullElse(messages, List.of()));
        passages = List.copyOf(Objects.requireNonNullElse(passages, List.of()));
    }
}

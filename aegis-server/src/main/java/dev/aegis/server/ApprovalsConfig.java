package dev.aegis.server;

import dev.aegis.runtime.durable.ApprovalPolicy;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code approvals} section of {@code aegis.yaml}.
 *
 * @param role the role that may list, approve and reject paused runs
 * @param expireAfter a paused run not decided within this is refused ({@code approval_expired})
 * @param waitForDecision how long the OpenAI-compatible API holds a paused request open for a decision before
 *     answering {@code approval_required}; zero answers at once
 * @param separation four eyes: the principal who started a run may not approve it ({@code approval_separation});
 *     on by default. Rejecting one's own run stays allowed
 * @param quorum how many distinct approvers a request for a rule needs, by rule name (a guard's rule, e.g.
 *     {@code wire-transfer: 2}); one for any other
 * @param revealRole the role whose approvers may see a paused run's conversation unmasked ({@code ?reveal=true});
 *     everyone else sees it as the model would
 */
public record ApprovalsConfig(@NotBlank String role, Duration expireAfter, Duration waitForDecision, Boolean separation,
        Map<String, Integer> quorum, @NotBlank String revealRole) {

    public static final ApprovalsConfig DEFAULTS = new ApprovalsConfig(null, null, null, null, null, null);

    public ApprovalsConfig {
        role = role == null ? "approver" : role;
        expireAfter = expireAfter == null ? Duration.ofHours(24) : expireAfter;
        waitForDecision = waitForDecision == null ? Duration.ZERO : waitForDecision;
        separation = separation == null || separation;
        quorum = quorum == null ? Map.of() : Map.copyOf(quorum);
        revealRole = revealRole == null ? "pii-reader" : revealRole;
        if (expireAfter.isNegative() || expireAfter.isZero() || waitForDecision.isNegative()) {
            throw new IllegalArgumentException("expire-after must be positive and wait-for-decision not negative");
        }
        quorum.forEach((rule, approvers) -> {
            if (approvers < 1) {
                throw new IllegalArgumentException("quorum." + rule + ": must be at least 1");
            }
        });
    }

    /** Who may approve, and how many must, as the durable store enforces it. */
    public ApprovalPolicy policy() {
        return new ApprovalPolicy(separation, quorum);
    }
}

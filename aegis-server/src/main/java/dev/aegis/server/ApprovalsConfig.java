package dev.aegis.server;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * The {@code approvals} section of {@code aegis.yaml}.
 *
 * @param role the role that may list, approve and reject paused runs
 * @param expireAfter a paused run not decided within this is refused ({@code approval_expired})
 * @param waitForDecision how long the OpenAI-compatible API holds a paused request open for a decision before
 *     answering {@code approval_required}; zero answers at once
 */
public record ApprovalsConfig(@NotBlank String role, Duration expireAfter, Duration waitForDecision) {

    public static final ApprovalsConfig DEFAULTS = new ApprovalsConfig(null, null, null);

    public ApprovalsConfig {
        role = role == null ? "approver" : role;
        expireAfter = expireAfter == null ? Duration.ofHours(24) : expireAfter;
        waitForDecision = waitForDecision == null ? Duration.ZERO : waitForDecision;
        if (expireAfter.isNegative() || expireAfter.isZero() || waitForDecision.isNegative()) {
            throw new IllegalArgumentException("expire-after must be positive and wait-for-decision not negative");
        }
    }
}

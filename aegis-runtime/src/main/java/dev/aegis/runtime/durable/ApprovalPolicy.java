package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Map;

/**
 * Who may approve a paused run, and how many must.
 *
 * @param separation whether the principal who started a run is refused as its approver (four eyes);
 *     rejecting one's own run stays allowed, as it only stops it
 * @param quorum how many distinct approvers a request for a rule needs, by rule name (a guard's
 *     evidence rule, e.g. {@code wire-transfer}); one for a rule not named. A request for several
 *     rules needs the most any of them needs
 */
public record ApprovalPolicy(boolean separation, Map<String, Integer> quorum) {

    /** Four eyes, one approver per request. */
    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(true, Map.of());

    public ApprovalPolicy {
        quorum = Map.copyOf(requireNonNull(quorum, "quorum"));
        quorum.forEach((rule, approvers) -> {
            if (approvers == null || approvers < 1) {
                throw new IllegalArgumentException("quorum of rule '" + rule + "' must be at least 1, not " + approvers);
            }
        });
    }

    /** How many distinct approvers a request for {@code rules} needs: at least one. */
    public int required(Collection<String> rules) {
        int required = 1;
        for (String rule : rules) {
            required = Math.max(required, quorum.getOrDefault(rule, 1));
        }
        return required;
    }
}

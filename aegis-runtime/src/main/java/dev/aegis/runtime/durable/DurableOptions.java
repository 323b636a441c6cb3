package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the durable store treats paused runs.
 *
 * @param expireAfter how long an approval request waits before {@link Approvals#expire} refuses its
 *     run ({@code approval_expired}); 24 hours by default
 * @param stateClasses loads the records and enums that pack-defined state keys hold, when a paused
 *     run is read back; give it the plugins' class loaders when packs keep their own records in state
 * @param approvalPolicy who may approve, and how many must: four eyes and one approver by default
 */
public record DurableOptions(Duration expireAfter, ClassLoader stateClasses, ApprovalPolicy approvalPolicy) {

    public static final Duration DEFAULT_EXPIRE_AFTER = Duration.ofHours(24);

    public DurableOptions {
        requireNonNull(expireAfter, "expireAfter");
        requireNonNull(stateClasses, "stateClasses");
        requireNonNull(approvalPolicy, "approvalPolicy");
        if (expireAfter.isNegative() || expireAfter.isZero()) {
            throw new IllegalArgumentException("expire-after must be positive, not " + expireAfter);
        }
    }

    public static DurableOptions defaults() {
        return new DurableOptions(DEFAULT_EXPIRE_AFTER, DurableOptions.class.getClassLoader(), ApprovalPolicy.DEFAULT);
    }

    public DurableOptions withExpireAfter(Duration duration) {
        return new DurableOptions(duration, stateClasses, approvalPolicy);
    }

    public DurableOptions withStateClasses(ClassLoader loader) {
        return new DurableOptions(expireAfter, loader, approvalPolicy);
    }

    public DurableOptions withApprovalPolicy(ApprovalPolicy policy) {
        return new DurableOptions(expireAfter, stateClasses, policy);
    }
}

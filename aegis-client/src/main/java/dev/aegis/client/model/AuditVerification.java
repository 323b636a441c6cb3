package dev.aegis.client.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The audit log's hash chains checked end to end: whether they are intact, how much was checked (and how
 * many entries retention moved to archive segments, the live chains being checked from where those end),
 * and where the first break is when they are not.
 */
public record AuditVerification(boolean intact, int chains, long entries, long events, long archived, Optional<Long> brokenAt, Optional<String> problem) {

    /** The schema's constant {@code object}. */
    public static final String OBJECT = "audit.verification";

    public AuditVerification {
        brokenAt = Objects.requireNonNullElse(brokenAt, Optional.empty());
        problem = Objects.requireNonNullElse(problem, Optional.empty());
    }
}

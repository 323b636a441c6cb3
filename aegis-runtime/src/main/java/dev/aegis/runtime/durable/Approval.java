package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
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
        Optional<Instant> decidedAt) {

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

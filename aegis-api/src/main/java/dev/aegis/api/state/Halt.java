package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.time.Instant;
import java.util.Optional;

/** Why a run stopped before completing. A node halts a run by putting one into {@link RunState#HALT}. */
@API(status = API.Status.STABLE)
public sealed interface Halt {

    /** The node that halted the run, e.g. {@code "ingress:block-competitors"}. */
    String source();

    String reason();

    /**
     * The run is refused and ends.
     *
     * @param code stable and machine-readable, e.g. {@code "guard_blocked"}, {@code "no_eligible_target"}
     * @param kind why, broadly: it decides the status interfaces answer with
     * @param retryAt for a {@link Kind#LIMIT}, when trying again can succeed
     */
    record Refused(String source, String code, String reason, Kind kind, Optional<Instant> retryAt) implements Halt {
        public Refused {
            requireNonNull(source, "source");
            requireNonNull(code, "code");
            requireNonNull(reason, "reason");
            requireNonNull(kind, "kind");
            requireNonNull(retryAt, "retryAt");
        }

        /** A policy refusal. */
        public Refused(String source, String code, String reason) {
            this(source, code, reason, Kind.POLICY, Optional.empty());
        }

        /** A limit (budget, rate) is exhausted until {@code retryAt}. */
        public static Refused limit(String source, String code, String reason, Instant retryAt) {
            return new Refused(source, code, reason, Kind.LIMIT, Optional.of(retryAt));
        }

        @API(status = API.Status.STABLE)
        public enum Kind {
            /** Policy said no: a guard blocked, no compliant target, not allowed (HTTP 422). */
            POLICY,
            /** A budget or rate limit is exhausted for now (HTTP 429). */
            LIMIT,
            /** A component the run needed failed, and the route fails closed (HTTP 503). */
            UNAVAILABLE
        }
    }

    /** The run waits for a human to approve or reject it. */
    record AwaitingApproval(String source, String reason) implements Halt {
        public AwaitingApproval {
            requireNonNull(source, "source");
            requireNonNull(reason, "reason");
        }
    }
}

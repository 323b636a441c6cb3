package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

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
     */
    record Refused(String source, String code, String reason) implements Halt {
        public Refused {
            requireNonNull(source, "source");
            requireNonNull(code, "code");
            requireNonNull(reason, "reason");
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

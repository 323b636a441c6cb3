package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import dev.aegis.runtime.durable.Approval;
import java.util.Optional;

/**
 * What a decision about a paused run did.
 *
 * @param run the run as the decision left it: gone on to its end or its next pause, or ended
 *     refused; still paused when it waits for more approvers
 * @param waiting present when the approval was counted but the request needs more distinct
 *     approvers: the request as it now stands, with who approved it so far
 */
public record DecisionResult(RunResult run, Optional<Approval> waiting) {

    public DecisionResult {
        requireNonNull(run, "run");
        requireNonNull(waiting, "waiting");
    }
}

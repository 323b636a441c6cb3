package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import dev.aegis.runtime.durable.internal.ApprovalOutcomes;
import dev.aegis.runtime.internal.steps.ExecutionKeys;
import java.util.Optional;

/**
 * The outcome of one run of a route.
 *
 * @param state the run's final state, event log included
 * @param halt present when the run was refused or paused
 * @param failure present when the run failed: the last provider failure, whose
 *     {@link ProviderException#code() code} the interfaces map to an upstream error status
 */
public record RunResult(RunStatus status, RunState state, Optional<Halt> halt, Optional<ProviderException> failure) {

    public RunResult {
        requireNonNull(status, "status");
        requireNonNull(state, "state");
        requireNonNull(halt, "halt");
        requireNonNull(failure, "failure");
        if (halt.isPresent() != (status == RunStatus.REFUSED || status == RunStatus.PAUSED)) {
            throw new IllegalArgumentException("a " + status + " run " + (halt.isPresent() ? "cannot" : "must") + " carry a halt");
        }
        if (failure.isPresent() != (status == RunStatus.FAILED)) {
            throw new IllegalArgumentException("a " + status + " run " + (failure.isPresent() ? "cannot" : "must") + " carry a failure");
        }
    }

    /** Reads the outcome from a run's final state. */
    public static RunResult of(RunState state) {
        Optional<ProviderException> failure = state.get(ExecutionKeys.FAILURE);
        if (failure.isPresent()) {
            return new RunResult(RunStatus.FAILED, state, Optional.empty(), failure);
        }
        Optional<Halt> halt = state.halt();
        RunStatus status = halt.map(h -> h instanceof Halt.Refused ? RunStatus.REFUSED : RunStatus.PAUSED)
                .orElse(RunStatus.COMPLETED);
        return new RunResult(status, state, halt, Optional.empty());
    }

    /** The model's answer, once it answered; sanitized by the egress steps when they changed it. */
    public Optional<Message> answer() {
        return status == RunStatus.COMPLETED ? state.lastAssistantMessage() : Optional.empty();
    }

    /** Why the model stopped, as on the wire ({@code stop}, {@code length}, {@code tool_calls}, …). */
    public Optional<String> finishReason() {
        return state.get(RunState.FINISH_REASON);
    }

    /** Whether the run paused and has been decided since (approved or rejected), here or on another gateway. */
    public boolean decided() {
        return state.events().stream().anyMatch(event -> event.type().equals(ApprovalOutcomes.APPROVAL_EVENT));
    }

    /** Tokens and cost of the whole run. */
    public Usage usage() {
        return state.usage();
    }
}

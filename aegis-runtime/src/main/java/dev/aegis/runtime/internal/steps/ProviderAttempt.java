package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.RunState;

/** One call of one provider, blocking or streamed. */
public interface ProviderAttempt {

    /**
     * Calls the provider once.
     *
     * @return the run after the answer, or after an egress guard stopped it
     * @throws ProviderException when the call failed
     */
    RunState call(RunState state, Eligible eligible, ChatRequest request, int attempt);

    /** Whether a failed call may be retried or fall back: not once part of an answer reached the client. */
    boolean mayRetry();

    /** What a provider threw that is not a {@link ProviderException}: a non-retryable failure naming it. */
    static ProviderException unexpected(Eligible eligible, RuntimeException thrown) {
        return new ProviderException(ProviderException.Failure.FAILED, -1,
                "model provider '" + eligible.provider() + "' threw " + thrown.getClass().getName(), thrown);
    }
}

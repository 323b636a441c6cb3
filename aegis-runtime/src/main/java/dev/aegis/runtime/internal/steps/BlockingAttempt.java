package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.RunState;

/** A whole answer in one call. */
final class BlockingAttempt implements ProviderAttempt {

    static final BlockingAttempt INSTANCE = new BlockingAttempt();

    private BlockingAttempt() {}

    @Override
    public RunState call(RunState state, Eligible eligible, ChatRequest request, int attempt) {
        ChatResponse response;
        try {
            response = eligible.binding().provider().complete(request);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProviderAttempt.unexpected(eligible, e);
        }
        if (response == null) {
            throw new IllegalStateException("model provider '" + eligible.provider() + "' returned a null response");
        }
        String model = response.model().isEmpty() ? request.model() : response.model();
        return Answers.record(state, eligible, attempt, model, response.message(), response.usage(), response.finishReason());
    }

    @Override
    public boolean mayRetry() {
        return true;
    }
}

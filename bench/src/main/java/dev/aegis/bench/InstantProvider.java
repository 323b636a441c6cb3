package dev.aegis.bench;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;

/** A provider that answers at once with the same message, so that only the framework is measured. */
final class InstantProvider implements ModelProvider {

    private static final ChatResponse ANSWER =
            new ChatResponse("bench", "bench", Message.assistant("Hello from the bench"), "stop", Usage.ofTokens(12, 5));

    @Override
    public ChatResponse complete(ChatRequest request) {
        return ANSWER;
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        throw new UnsupportedOperationException("the bench measures blocking runs");
    }
}

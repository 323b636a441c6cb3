package dev.aegis.runtime;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;

/** A provider with a bug: it throws what no provider should. */
final class ThrowingProvider implements ModelProvider {

    @Override
    public ChatResponse complete(ChatRequest request) {
        throw new NullPointerException("bug");
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        throw new NullPointerException("bug");
    }
}

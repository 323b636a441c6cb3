package dev.aegis.runtime;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;

/** A thread-safe provider answering with the last message it was sent. */
final class EchoProvider implements ModelProvider {

    @Override
    public ChatResponse complete(ChatRequest request) {
        String last = request.messages().get(request.messages().size() - 1).content();
        return new ChatResponse("echo", "echo", Message.assistant(last), "stop", Usage.ZERO);
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        throw new UnsupportedOperationException("echo does not stream");
    }
}

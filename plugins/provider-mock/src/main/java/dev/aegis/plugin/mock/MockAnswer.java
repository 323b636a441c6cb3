package dev.aegis.plugin.mock;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;

/** What the mock answers to one request; served whole by {@code complete} or in chunks by {@code stream}. */
record MockAnswer(String id, String model, Message message, String finishReason, Usage usage) {

    MockAnswer {
        requireNonNull(id, "id");
        requireNonNull(model, "model");
        requireNonNull(message, "message");
        requireNonNull(finishReason, "finishReason");
        requireNonNull(usage, "usage");
    }

    ChatResponse toResponse() {
        return new ChatResponse(id, model, message, finishReason, usage);
    }
}

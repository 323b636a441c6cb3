package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;

/**
 * A complete answer.
 *
 * @param finishReason as on the wire: {@code stop}, {@code length}, {@code tool_calls}, …
 */
@API(status = API.Status.STABLE)
public record ChatResponse(String id, String model, Message message, String finishReason, Usage usage) {

    public ChatResponse {
        requireNonNull(id, "id");
        requireNonNull(model, "model");
        requireNonNull(message, "message");
        requireNonNull(finishReason, "finishReason");
        requireNonNull(usage, "usage");
    }
}

package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Optional;

/**
 * One piece of a streamed answer.
 *
 * @param content the next text, possibly empty
 * @param finishReason present on the last content chunk
 * @param usage present when the provider reports it, usually on the last chunk
 */
@API(status = API.Status.STABLE)
public record ChatChunk(String content, List<ToolCallDelta> toolCalls, Optional<String> finishReason, Optional<Usage> usage) {

    public ChatChunk {
        requireNonNull(content, "content");
        toolCalls = List.copyOf(toolCalls);
        requireNonNull(finishReason, "finishReason");
        requireNonNull(usage, "usage");
    }

    public static ChatChunk text(String content) {
        return new ChatChunk(content, List.of(), Optional.empty(), Optional.empty());
    }

    public static ChatChunk finish(String finishReason, Usage usage) {
        return new ChatChunk("", List.of(), Optional.of(finishReason), Optional.of(usage));
    }
}

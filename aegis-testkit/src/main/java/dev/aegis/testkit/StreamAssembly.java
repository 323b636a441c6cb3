package dev.aegis.testkit;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Converts between a complete response and the chunks that stream it, the way providers do. */
public final class StreamAssembly {

    private StreamAssembly() {}

    /** The chunks a provider streams for {@code response}: its text, each tool call whole, then the finish. */
    public static List<ChatChunk> chunksOf(ChatResponse response) {
        List<ChatChunk> chunks = new ArrayList<>();
        Message message = response.message();
        if (!message.content().isEmpty()) {
            chunks.add(ChatChunk.text(message.content()));
        }
        List<ToolCall> calls = message.toolCalls();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            ToolCallDelta delta = new ToolCallDelta(i, Optional.of(call.id()), Optional.of(call.name()), call.arguments());
            chunks.add(new ChatChunk("", List.of(delta), Optional.empty(), Optional.empty()));
        }
        chunks.add(ChatChunk.finish(response.finishReason(), response.usage()));
        return List.copyOf(chunks);
    }

    /**
     * The response a stream of {@code chunks} amounts to: text concatenated, tool-call fragments
     * joined by index, the last finish reason ({@code stop} when none) and the last usage reported.
     */
    public static ChatResponse responseOf(String id, String model, List<ChatChunk> chunks) {
        StringBuilder text = new StringBuilder();
        Map<Integer, PartialCall> calls = new TreeMap<>();
        String finishReason = "stop";
        Usage usage = Usage.ZERO;
        for (ChatChunk chunk : chunks) {
            text.append(chunk.content());
            for (ToolCallDelta delta : chunk.toolCalls()) {
                calls.computeIfAbsent(delta.index(), index -> new PartialCall()).add(delta);
            }
            finishReason = chunk.finishReason().orElse(finishReason);
            usage = chunk.usage().orElse(usage);
        }
        List<ToolCall> toolCalls = calls.values().stream().map(PartialCall::toToolCall).toList();
        return new ChatResponse(id, model, Message.assistant(text.toString(), toolCalls), finishReason, usage);
    }

    private static final class PartialCall {
        private String id = "";
        private String name = "";
        private final StringBuilder arguments = new StringBuilder();

        void add(ToolCallDelta delta) {
            delta.id().ifPresent(value -> id = value);
            delta.name().ifPresent(value -> name = value);
            arguments.append(delta.arguments());
        }

        ToolCall toToolCall() {
            return new ToolCall(id, name, arguments.toString());
        }
    }
}

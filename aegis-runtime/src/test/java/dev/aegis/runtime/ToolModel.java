package dev.aegis.runtime;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import dev.aegis.testkit.FakeChatStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model that calls the first tool it is offered, once per user turn, then answers by quoting the
 * tool's result; or keeps calling it, when told to loop.
 */
final class ToolModel implements ModelProvider {

    private final String arguments;
    private boolean loops;
    final List<ChatRequest> requests = new ArrayList<>();

    ToolModel(String arguments) {
        this.arguments = arguments;
    }

    ToolModel looping() {
        loops = true;
        return this;
    }

    @Override
    public synchronized ChatResponse complete(ChatRequest request) {
        requests.add(request);
        Message last = request.messages().getLast();
        if (!request.tools().isEmpty() && (last.role() == Role.USER || loops)) {
            ToolCall call = new ToolCall("call_" + requests.size(), request.tools().getLast().name(), arguments);
            return new ChatResponse("r" + requests.size(), "tool-model", Message.assistant("", List.of(call)), "tool_calls", Usage.ofTokens(10, 5));
        }
        return new ChatResponse("r" + requests.size(), "tool-model", Message.assistant("The tool said: " + last.content()), "stop",
                Usage.ofTokens(12, 6));
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        ChatResponse response = complete(request);
        List<ChatChunk> chunks = new ArrayList<>();
        String text = response.message().content();
        for (int i = 0; i < text.length(); i += 4) {
            chunks.add(new ChatChunk(text.substring(i, Math.min(text.length(), i + 4)), List.of(), Optional.empty(), Optional.empty()));
        }
        List<ToolCall> calls = response.message().toolCalls();
        for (int i = 0; i < calls.size(); i++) {
            chunks.add(new ChatChunk("", List.of(new ToolCallDelta(i, Optional.of(calls.get(i).id()), Optional.of(calls.get(i).name()), "")),
                    Optional.empty(), Optional.empty()));
            chunks.add(new ChatChunk("", List.of(new ToolCallDelta(i, Optional.empty(), Optional.empty(), calls.get(i).arguments())),
                    Optional.empty(), Optional.empty()));
        }
        chunks.add(new ChatChunk("", List.of(), Optional.of(response.finishReason()), Optional.of(response.usage())));
        return FakeChatStream.of(chunks);
    }
}

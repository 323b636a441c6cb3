package dev.aegis.plugin.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code chat.completion} object; only the first choice is kept. */
final class ChatResponseReader {

    private ChatResponseReader() {}

    static ChatResponse read(InputStream body, int status, String requestedModel) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        if (root == null || !root.isObject()) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream answered with something other than a JSON object", null);
        }
        JsonNode choice = root.path("choices").path(0);
        if (!choice.isObject()) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream answered without a choice", null);
        }
        JsonNode wireMessage = choice.path("message");
        List<ToolCall> toolCalls = toolCalls(wireMessage.path("tool_calls"));
        Message message = Message.assistant(Json.text(wireMessage, "content").orElse(""), toolCalls);
        String finishReason = Json.text(choice, "finish_reason")
                .filter(reason -> !reason.isBlank())
                .orElse(toolCalls.isEmpty() ? "stop" : "tool_calls");
        return new ChatResponse(
                Json.text(root, "id").orElse(""),
                Json.text(root, "model").orElse(requestedModel),
                message,
                finishReason,
                Usages.from(root.path("usage")).orElse(Usage.ZERO));
    }

    private static List<ToolCall> toolCalls(JsonNode wire) {
        if (!wire.isArray() || wire.isEmpty()) {
            return List.of();
        }
        List<ToolCall> calls = new ArrayList<>(wire.size());
        for (JsonNode call : wire) {
            JsonNode function = call.path("function");
            calls.add(new ToolCall(
                    Json.text(call, "id").orElse(""),
                    Json.text(function, "name").orElse(""),
                    Json.textOrJson(function.path("arguments"))));
        }
        return List.copyOf(calls);
    }
}

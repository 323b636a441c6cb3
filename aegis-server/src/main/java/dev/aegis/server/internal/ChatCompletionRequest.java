package dev.aegis.server.internal;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code POST /v1/chat/completions} body.
 *
 * @param parameters every field the gateway does not interpret, by wire name, as raw JSON
 */
public record ChatCompletionRequest(String model, List<Message> messages, List<ToolDefinition> tools, boolean stream, boolean includeUsage,
        Map<String, String> parameters) {

    public ChatCompletionRequest {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        parameters = Map.copyOf(parameters);
    }
}

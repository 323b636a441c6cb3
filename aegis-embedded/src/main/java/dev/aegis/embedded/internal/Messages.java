package dev.aegis.embedded.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.ToolCall;
import dev.aegis.server.internal.ChatCompletionParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's messages as the gateway's: written in OpenAI's shape and read by the server's own parser,
 * so an embedded run's messages are checked exactly as {@code POST /v1/runs} checks them.
 */
final class Messages {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Messages() {}

    static List<dev.aegis.api.state.Message> toGateway(List<Message> messages) {
        List<dev.aegis.api.state.Message> parsed = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            parsed.add(ChatCompletionParser.message(json(messages.get(i)), "messages[" + i + "]"));
        }
        return parsed;
    }

    private static ObjectNode json(Message message) {
        ObjectNode json = NODES.objectNode();
        json.put("role", message.role().wire());
        message.content().ifPresent(content -> json.put("content", content));
        message.name().ifPresent(name -> json.put("name", name));
        message.toolCallId().ifPresent(id -> json.put("tool_call_id", id));
        if (!message.toolCalls().isEmpty()) {
            ArrayNode calls = json.putArray("tool_calls");
            for (ToolCall call : message.toolCalls()) {
                ObjectNode function = calls.addObject().put("id", call.id()).put("type", ToolCall.TYPE).putObject("function");
                function.put("name", call.function().name()).put("arguments", call.function().arguments());
            }
        }
        return json;
    }
}

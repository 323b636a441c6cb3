package dev.aegis.runtime.durable.internal;

import static dev.aegis.runtime.durable.internal.Json.array;
import static dev.aegis.runtime.durable.internal.Json.elements;
import static dev.aegis.runtime.durable.internal.Json.field;
import static dev.aegis.runtime.durable.internal.Json.object;
import static dev.aegis.runtime.durable.internal.Json.optionalText;
import static dev.aegis.runtime.durable.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.List;

/** The conversation in checkpoints: messages with their tool calls, the passages retrieved for it, and the client's chat options. */
final class ConversationJson {

    private ConversationJson() {}

    static ArrayNode messages(List<Message> messages) {
        ArrayNode node = array();
        messages.forEach(message -> node.add(message(message)));
        return node;
    }

    static List<Message> readMessages(JsonNode node) {
        List<Message> messages = new ArrayList<>();
        elements(node).forEach(message -> messages.add(readMessage(message)));
        return List.copyOf(messages);
    }

    static ObjectNode message(Message message) {
        ObjectNode node = object().put("role", message.role().wireName()).put("content", message.content());
        if (!message.toolCalls().isEmpty()) {
            ArrayNode calls = node.putArray("tool-calls");
            message.toolCalls().forEach(call -> calls.add(object()
                    .put("id", call.id()).put("name", call.name()).put("arguments", call.arguments())));
        }
        message.toolCallId().ifPresent(id -> node.put("tool-call-id", id));
        message.name().ifPresent(name -> node.put("name", name));
        return node;
    }

    static Message readMessage(JsonNode node) {
        List<ToolCall> calls = new ArrayList<>();
        JsonNode toolCalls = node.get("tool-calls");
        if (toolCalls != null) {
            elements(toolCalls).forEach(call -> calls.add(new ToolCall(text(call, "id"), text(call, "name"), text(call, "arguments"))));
        }
        return new Message(Role.fromWireName(text(node, "role")), text(node, "content"), calls,
                optionalText(node, "tool-call-id"), optionalText(node, "name"));
    }

    static ArrayNode passages(List<Passage> passages) {
        ArrayNode node = array();
        for (Passage passage : passages) {
            node.add(object().put("id", passage.id()).put("collection", passage.collection()).put("document", passage.document())
                    .put("chunk", passage.chunk()).put("text", passage.text()).put("score", passage.score()));
        }
        return node;
    }

    static List<Passage> readPassages(JsonNode node) {
        List<Passage> passages = new ArrayList<>();
        for (JsonNode passage : elements(node)) {
            JsonNode chunk = field(passage, "chunk");
            JsonNode score = field(passage, "score");
            if (!chunk.isInt() || !score.isNumber()) {
                throw Json.corrupt("a passage's chunk or score is not a number");
            }
            passages.add(new Passage(text(passage, "id"), text(passage, "collection"), text(passage, "document"), chunk.intValue(),
                    text(passage, "text"), score.doubleValue()));
        }
        return List.copyOf(passages);
    }

    static ObjectNode chatOptions(ChatOptions options) {
        ObjectNode node = object().put("model", options.model());
        ArrayNode tools = node.putArray("tools");
        for (ToolDefinition tool : options.tools()) {
            tools.add(object().put("name", tool.name()).put("description", tool.description()).put("parameters", tool.parameters()));
        }
        node.set("parameters", Json.stringMap(options.parameters()));
        return node;
    }

    static ChatOptions readChatOptions(JsonNode node) {
        List<ToolDefinition> tools = new ArrayList<>();
        elements(field(node, "tools")).forEach(tool ->
                tools.add(new ToolDefinition(text(tool, "name"), text(tool, "description"), text(tool, "parameters"))));
        return new ChatOptions(text(node, "model"), tools, Json.readStringMap(field(node, "parameters")));
    }
}

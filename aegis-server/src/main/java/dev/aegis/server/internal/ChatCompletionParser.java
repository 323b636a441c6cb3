package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads OpenAI chat-completion bodies strictly: every field is read by its type, and the fields the
 * gateway does not interpret itself go through {@link RequestParameters}' allowlist. A malformed
 * body is a 400 naming the field, never a server error.
 */
public final class ChatCompletionParser {

    private static final Set<String> INTERPRETED = Set.of("model", "messages", "tools", "stream", "stream_options");

    private ChatCompletionParser() {}

    public static ChatCompletionRequest parse(JsonNode body, RequestParameters allowed) {
        String model = text(body, "model").filter(value -> !value.isBlank())
                .orElseThrow(() -> ApiError.badRequest("missing_model", "'model' is required: it selects the route.", "model"));
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "'messages' must be a non-empty array.", "messages");
        }
        List<Message> parsed = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            parsed.add(message(messages.get(i), "messages[" + i + "]"));
        }
        Map<String, String> parameters = allowed.chat(body, INTERPRETED);
        boolean stream = bool(body.path("stream"), "stream");
        boolean includeUsage = stream && bool(body.path("stream_options").path("include_usage"), "stream_options.include_usage");
        return new ChatCompletionRequest(model, parsed, tools(body.path("tools")), stream, includeUsage, parameters);
    }

    /** One OpenAI-shaped message; {@code path} names it in errors. */
    public static Message message(JsonNode node, String path) {
        if (!node.isObject()) {
            throw ApiError.badRequest("invalid_messages", "each message must be an object", path);
        }
        Role role;
        try {
            role = Role.fromWireName(text(node, "role").orElse(""));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_messages", "role must be one of system, developer, user, assistant, tool", path + ".role");
        }
        List<ToolCall> toolCalls = toolCalls(node.path("tool_calls"), path + ".tool_calls");
        Optional<String> toolCallId = optionalText(node, "tool_call_id", path);
        if (role == Role.TOOL && toolCallId.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "a tool message needs the tool_call_id it answers", path + ".tool_call_id");
        }
        return new Message(role, content(node.path("content"), path + ".content"), toolCalls, toolCallId, name(node, path));
    }

    // OpenAI's own rule for a participant's name: it cannot hold an e-mail address, a phrase or a
    // spaced card number, and whatever it holds is scanned by the ingress guards as well.
    private static Optional<String> name(JsonNode message, String path) {
        Optional<String> name = optionalText(message, "name", path);
        if (name.isPresent() && !RequestParameters.NAME.matcher(name.get()).matches()) {
            throw ApiError.badRequest("invalid_name", "a message's name is 1 to 64 letters, digits, '_' or '-'", path + ".name");
        }
        return name;
    }

    private static List<ToolCall> toolCalls(JsonNode calls, String path) {
        if (calls.isMissingNode() || calls.isNull()) {
            return List.of();
        }
        if (!calls.isArray()) {
            throw ApiError.badRequest("invalid_messages", "'tool_calls' must be an array", path);
        }
        List<ToolCall> toolCalls = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            JsonNode call = calls.get(i);
            String at = path + "[" + i + "]";
            if (!call.isObject() || !(call.path("function").isObject())) {
                throw ApiError.badRequest("invalid_messages", "a tool call is an object with a 'function' object", at);
            }
            String id = text(call, "id").orElseThrow(() -> ApiError.badRequest("invalid_messages", "a tool call needs an id", at + ".id"));
            JsonNode function = call.path("function");
            String name = text(function, "name").orElseThrow(() -> ApiError.badRequest("invalid_messages", "a tool call needs a function name", at + ".function.name"));
            toolCalls.add(new ToolCall(id, name, optionalText(function, "arguments", at + ".function").orElse("{}")));
        }
        return toolCalls;
    }

    private static String content(JsonNode content, String path) {
        if (content.isMissingNode() || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            throw ApiError.badRequest("invalid_messages", "content must be a string or an array of parts", path);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < content.size(); i++) {
            JsonNode part = content.get(i);
            String type = part.path("type").asText("");
            if (!part.isObject() || type.equals("text") && !part.path("text").isTextual()) {
                throw ApiError.badRequest("invalid_messages", "a content part is an object: {\"type\": \"text\", \"text\": \"…\"}", path + "[" + i + "]");
            }
            if (!type.equals("text")) {
                throw ApiError.badRequest("unsupported_content", "content parts of type '" + type + "' are not supported by this gateway yet; send text parts",
                        path + "[" + i + "].type");
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(part.path("text").asText(""));
        }
        return text.toString();
    }

    private static List<ToolDefinition> tools(JsonNode tools) {
        if (tools.isMissingNode() || tools.isNull()) {
            return List.of();
        }
        if (!tools.isArray()) {
            throw ApiError.badRequest("invalid_tools", "'tools' must be an array", "tools");
        }
        List<ToolDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            String path = "tools[" + i + "]";
            if (!"function".equals(tool.path("type").asText())) {
                throw ApiError.badRequest("invalid_tools", "only tools of type 'function' are supported", path + ".type");
            }
            JsonNode function = tool.path("function");
            String name = text(function, "name").orElseThrow(() -> ApiError.badRequest("invalid_tools", "a tool needs a name", path + ".function.name"));
            if (!RequestParameters.NAME.matcher(name).matches()) {
                throw ApiError.badRequest("invalid_tools", "a tool's name is 1 to 64 letters, digits, '_' or '-'", path + ".function.name");
            }
            JsonNode parameters = function.path("parameters");
            if (!parameters.isMissingNode() && !parameters.isNull() && !parameters.isObject()) {
                throw ApiError.badRequest("invalid_tools", "a tool's parameters are a JSON schema object", path + ".function.parameters");
            }
            RequestParameters.checkSchemaKeys(parameters, path + ".function.parameters");
            definitions.add(new ToolDefinition(name, optionalText(function, "description", path + ".function").orElse(""),
                    parameters.isMissingNode() || parameters.isNull() ? "{\"type\":\"object\",\"properties\":{}}" : parameters.toString()));
        }
        return definitions;
    }

    static boolean bool(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw ApiError.badRequest("invalid_request", "'" + path + "' must be a boolean", path);
        }
        return node.asBoolean();
    }

    /** A field that may be absent or null, but is a string when given. */
    private static Optional<String> optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("invalid_request", "'" + field + "' must be a string", path + "." + field);
        }
        return Optional.of(value.asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}

package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Optional;

/**
 * One chat message in the OpenAI shape.
 *
 * @param content the text; empty when an assistant message only calls tools
 * @param toolCalls the tools an assistant message calls
 * @param toolCallId for a {@link Role#TOOL} message, the call it answers
 * @param name an optional participant name
 */
@API(status = API.Status.STABLE)
public record Message(Role role, String content, List<ToolCall> toolCalls, Optional<String> toolCallId, Optional<String> name) {

    public Message {
        requireNonNull(role, "role");
        requireNonNull(content, "content");
        toolCalls = List.copyOf(toolCalls);
        requireNonNull(toolCallId, "toolCallId");
        requireNonNull(name, "name");
    }

    public static Message system(String content) {
        return new Message(Role.SYSTEM, content, List.of(), Optional.empty(), Optional.empty());
    }

    public static Message user(String content) {
        return new Message(Role.USER, content, List.of(), Optional.empty(), Optional.empty());
    }

    public static Message assistant(String content) {
        return new Message(Role.ASSISTANT, content, List.of(), Optional.empty(), Optional.empty());
    }

    public static Message assistant(String content, List<ToolCall> toolCalls) {
        return new Message(Role.ASSISTANT, content, toolCalls, Optional.empty(), Optional.empty());
    }

    public static Message tool(String toolCallId, String content) {
        return new Message(Role.TOOL, content, List.of(), Optional.of(toolCallId), Optional.empty());
    }

    public Message withContent(String newContent) {
        return new Message(role, newContent, toolCalls, toolCallId, name);
    }

    public Message withToolCalls(List<ToolCall> newToolCalls) {
        return new Message(role, content, newToolCalls, toolCallId, name);
    }
}

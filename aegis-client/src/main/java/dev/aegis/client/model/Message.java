package dev.aegis.client.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation, as the gateway's {@code Message} schema has it. Content sent as an
 * array of text parts arrives joined into one string.
 */
public record Message(Role role, Optional<String> content, Optional<String> name, Optional<String> toolCallId, List<ToolCall> toolCalls) {

    public Message {
        Objects.requireNonNull(role, "role");
        content = Objects.requireNonNullElse(content, Optional.empty());
        name = Objects.requireNonNullElse(name, Optional.empty());
        toolCallId = Objects.requireNonNullElse(toolCallId, Optional.empty());
        toolCalls = List.copyOf(Objects.requireNonNullElse(toolCalls, List.of()));
    }

    public static Message of(Role role, String content) {
        return new Message(role, Optional.of(content), Optional.empty(), Optional.empty(), List.of());
    }

    public static Message system(String content) {
        return of(Role.SYSTEM, content);
    }

    public static Message user(String content) {
        return of(Role.USER, content);
    }

    public static Message assistant(String content) {
        return of(Role.ASSISTANT, content);
    }

    /** The result of the tool call {@code toolCallId}, for the model to read. */
    public static Message tool(String toolCallId, String content) {
        return new Message(Role.TOOL, Optional.of(content), Optional.empty(), Optional.of(toolCallId), List.of());
    }

    /** The text, or the empty string when the message only calls tools. */
    public String text() {
        return content.orElse("");
    }
}

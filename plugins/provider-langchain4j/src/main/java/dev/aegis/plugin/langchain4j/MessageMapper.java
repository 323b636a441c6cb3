package dev.aegis.plugin.langchain4j;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Our OpenAI-shaped messages as LangChain4j messages, which each vendor module then translates. */
final class MessageMapper {

    private MessageMapper() {}

    static List<ChatMessage> toLangChain4j(List<Message> messages) {
        // vendors such as Gemini need the tool's name on its result; OpenAI messages carry only the call id
        Map<String, String> toolNames = new HashMap<>();
        messages.forEach(message -> message.toolCalls().forEach(call -> toolNames.put(call.id(), call.name())));
        List<ChatMessage> mapped = new ArrayList<>();
        for (Message message : messages) {
            map(message, toolNames).ifPresent(mapped::add);
        }
        return mapped;
    }

    private static Optional<ChatMessage> map(Message message, Map<String, String> toolNames) {
        return switch (message.role()) {
            // LangChain4j refuses blank system text; an empty instruction says nothing anyway
            case SYSTEM, DEVELOPER -> message.content().isBlank() ? Optional.empty() : Optional.of(SystemMessage.from(message.content()));
            case USER -> Optional.of(message.name().isPresent()
                    ? UserMessage.from(message.name().get(), message.content())
                    : UserMessage.from(message.content()));
            case ASSISTANT -> Optional.of(assistant(message));
            case TOOL -> {
                String callId = message.toolCallId().orElseThrow(
                        () -> new IllegalArgumentException("a tool message needs the id of the call it answers"));
                yield Optional.of(ToolExecutionResultMessage.from(callId, toolNames.getOrDefault(callId, ""), message.content()));
            }
        };
    }

    private static AiMessage assistant(Message message) {
        if (message.toolCalls().isEmpty()) {
            return AiMessage.from(message.content());
        }
        List<ToolExecutionRequest> requests = message.toolCalls().stream().map(MessageMapper::request).toList();
        return AiMessage.from(message.content().isEmpty() ? null : message.content(), requests);
    }

    private static ToolExecutionRequest request(ToolCall call) {
        return ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(call.arguments()).build();
    }
}

package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** LangChain4j answers in our terms: OpenAI finish reasons, tool calls with ids, token usage. */
final class ResponseMapper {

    private ResponseMapper() {}

    static ChatResponse toAegis(dev.langchain4j.model.chat.response.ChatResponse response, String requestedModel) {
        AiMessage ai = response.aiMessage();
        List<ToolCall> toolCalls = toolCalls(ai);
        return new ChatResponse(
                Objects.requireNonNullElseGet(response.id(), () -> "msg_" + UUID.randomUUID()),
                Objects.requireNonNullElse(response.modelName(), requestedModel),
                Message.assistant(Objects.requireNonNullElse(ai.text(), ""), toolCalls),
                finishReason(response.finishReason(), !toolCalls.isEmpty()),
                usage(response.tokenUsage()));
    }

    static List<ToolCall> toolCalls(AiMessage ai) {
        return ai.hasToolExecutionRequests() ? ai.toolExecutionRequests().stream().map(ResponseMapper::toolCall).toList() : List.of();
    }

    // Ollama and Gemini do not number their calls; the OpenAI shape needs an id to answer to
    private static ToolCall toolCall(ToolExecutionRequest request) {
        String id = request.id() == null || request.id().isBlank() ? "call_" + UUID.randomUUID().toString().replace("-", "") : request.id();
        String arguments = request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments();
        return new ToolCall(id, request.name(), arguments);
    }

    /**
     * The OpenAI wire name. Tool calls win over the vendor's reason because Gemini and Ollama
     * report a plain stop when the model calls a tool.
     */
    static String finishReason(FinishReason reason, boolean callsTools) {
        if (callsTools) {
            return "tool_calls";
        }
        if (reason == null) {
            return "stop";
        }
        return switch (reason) {
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            case STOP, OTHER -> "stop";
        };
    }

    static Usage usage(TokenUsage usage) {
        if (usage == null) {
            return Usage.ZERO;
        }
        return Usage.ofTokens(nonNegative(usage.inputTokenCount()), nonNegative(usage.outputTokenCount()));
    }

    private static long nonNegative(Integer count) {
        return count == null ? 0 : Math.max(0, count);
    }
}

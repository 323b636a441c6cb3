package dev.aegis.runtime.internal.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.util.List;
import java.util.Locale;

/**
 * Messages as the GenAI semantic conventions capture them ({@code gen_ai.input.messages},
 * {@code gen_ai.output.messages}): a JSON array of {@code {role, parts}}. Used only for routes that
 * opt in to content capture; the text is what the provider saw or wrote, so after the ingress steps
 * masked it and before any egress step restores it.
 */
final class CapturedContent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CapturedContent() {}

    static String messages(List<Message> messages) {
        ArrayNode array = JSON.createArrayNode();
        for (Message message : messages) {
            ObjectNode entry = array.addObject();
            entry.put("role", message.role().name().toLowerCase(Locale.ROOT));
            ArrayNode parts = entry.putArray("parts");
            if (message.toolCallId().isPresent()) {
                parts.addObject().put("type", "tool_call_response").put("id", message.toolCallId().get()).put("response", message.content());
            } else if (!message.content().isEmpty()) {
                parts.addObject().put("type", "text").put("content", message.content());
            }
            for (ToolCall call : message.toolCalls()) {
                parts.addObject().put("type", "tool_call").put("id", call.id()).put("name", call.name()).put("arguments", call.arguments());
            }
        }
        return array.toString();
    }
}

package dev.aegis.client.internal.json;

import dev.aegis.client.model.Message;
import dev.aegis.client.model.RunRequest;
import dev.aegis.client.model.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request bodies the client sends, as JSON text. */
public final class RequestEncoder {

    private RequestEncoder() {}

    public static String run(RunRequest request, boolean stream) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("route", request.route());
        body.put("messages", messages(request.messages()));
        if (!request.labels().isEmpty()) {
            body.put("labels", request.labels());
        }
        request.model().ifPresent(model -> body.put("model", model));
        if (!request.parameters().isEmpty()) {
            body.put("parameters", request.parameters());
        }
        if (stream) {
            body.put("stream", true);
        }
        return JsonWriter.write(body);
    }

    public static List<Object> messages(List<Message> messages) {
        List<Object> encoded = new ArrayList<>();
        for (Message message : messages) {
            encoded.add(message(message));
        }
        return encoded;
    }

    private static Map<String, Object> message(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", message.role().wire());
        body.put("content", message.content().orElse(null));
        message.name().ifPresent(name -> body.put("name", name));
        message.toolCallId().ifPresent(id -> body.put("tool_call_id", id));
        if (!message.toolCalls().isEmpty()) {
            List<Object> calls = new ArrayList<>();
            for (ToolCall call : message.toolCalls()) {
                calls.add(Map.of("id", call.id(), "type", ToolCall.TYPE,
                        "function", Map.of("name", call.function().name(), "arguments", call.function().arguments())));
            }
            body.put("tool_calls", calls);
        }
        return body;
    }
}

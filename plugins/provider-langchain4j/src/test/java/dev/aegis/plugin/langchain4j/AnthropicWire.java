package dev.aegis.plugin.langchain4j;

import java.util.ArrayList;
import java.util.List;

/** Bodies in the shape of Anthropic's Messages API, as the fake upstream sends them. */
final class AnthropicWire {

    private AnthropicWire() {}

    static String message(String text) {
        return """
                {"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-test",
                 "content": [{"type": "text", "text": "%s"}],
                 "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 12, "output_tokens": 5}}
                """.formatted(text);
    }

    static String toolUse() {
        return """
                {"id": "msg_02", "type": "message", "role": "assistant", "model": "claude-test",
                 "content": [{"type": "text", "text": "Let me look."},
                             {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {"city": "Paris"}}],
                 "stop_reason": "tool_use", "stop_sequence": null, "usage": {"input_tokens": 30, "output_tokens": 20}}
                """;
    }

    static List<String> streamedText(List<String> pieces) {
        List<String> events = new ArrayList<>();
        events.add(start());
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (String piece : pieces) {
            events.add(textDelta(piece));
        }
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        events.addAll(end("end_turn", 7));
        return events;
    }

    static List<String> streamedToolUse() {
        List<String> events = new ArrayList<>();
        events.add(start());
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        events.add(textDelta("Checking."));
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_07\",\"name\":\"get_weather\",\"input\":{}}}"));
        events.add(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\": \"}}"));
        events.add(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":"
                + "{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"Paris\\\"}\"}}"));
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}"));
        events.addAll(end("tool_use", 15));
        return events;
    }

    static String textDelta(String text) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"" + text + "\"}}");
    }

    static String error(String type, String message) {
        return event("error", "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
    }

    static String errorBody(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
    }

    static String start() {
        return event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_03\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-test\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}");
    }

    private static List<String> end(String stopReason, int outputTokens) {
        return List.of(
                event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason + "\",\"stop_sequence\":null},"
                        + "\"usage\":{\"output_tokens\":" + outputTokens + "}}"),
                event("message_stop", "{\"type\":\"message_stop\"}"));
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}

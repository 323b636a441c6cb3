package dev.aegis.client.internal;

import dev.aegis.client.internal.json.JsonException;
import dev.aegis.client.internal.json.JsonReader;
import dev.aegis.client.internal.json.RecordDecoder;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunStreamEvent;
import java.util.Map;
import java.util.Optional;

/** What a streamed run's named events mean: {@code run.event}, {@code delta} and {@code run}. */
public final class StreamEvents {

    /** The event names a streamed run may send; the {@code error} event ends the stream with an exception. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("run.event", "delta", "run", "error");

    private StreamEvents() {}

    /** The event's meaning, or empty for a name this client does not know (a newer gateway's). */
    static Optional<RunStreamEvent> decode(String name, String data) {
        return switch (name) {
            case "run.event" -> Optional.of(RecordDecoder.decode(JsonReader.parse(data), RunEvent.class));
            case "delta" -> Optional.of(delta(JsonReader.parse(data)));
            case "run" -> Optional.of(RecordDecoder.decode(JsonReader.parse(data), Run.class));
            default -> Optional.empty();
        };
    }

    private static Delta delta(Object json) {
        if (json instanceof Map<?, ?> delta) {
            if (delta.get("content") instanceof String content) {
                return new Delta.Content(content);
            }
            if (delta.get("tool_call") != null) {
                return RecordDecoder.decode(delta.get("tool_call"), Delta.ToolCallFragment.class);
            }
        }
        throw new JsonException("a delta should carry 'content' or 'tool_call'");
    }
}

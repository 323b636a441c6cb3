package dev.aegis.server.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Event;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.StreamListener;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/**
 * Relays a streamed native run ({@code POST /v1/runs} with {@code "stream": true}) as named server-sent
 * events: {@code event: run.event} for each event of the run's log as its step finishes, {@code event: delta} for each piece of content ({@code {"content": ...}}) or tool-call fragment
 * ({@code {"tool_call": ...}}) the egress released, then one {@code event: run} with the run document,
 * whatever the outcome, and the end of the stream. A run that could not be recorded ends with
 * {@code event: error} in OpenAI's error shape instead: a client never takes an unrecorded run for a
 * finished one. Buffered until the runtime flushes, as for chat completions; a failed write (the client
 * left) throws, which makes the runtime cancel the upstream call.
 */
final class SseRunListener implements StreamListener {

    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final SseOutput out;

    SseRunListener(ServerResponse response) {
        this.out = new SseOutput(response);
    }

    boolean started() {
        return out.started();
    }

    /** Sent at once: an event marks the end of a step, and a client following the run wants it then. */
    @Override
    public void onEvent(Event event) {
        event("run.event", Json.bytes(json -> RunDocument.event(json, event)));
        out.flush();
    }

    @Override
    public void onText(String text) {
        event("delta", Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("content", text);
            json.writeEndObject();
        }));
    }

    @Override
    public void onToolCall(ToolCallDelta delta) {
        event("delta", Json.bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("tool_call");
            json.writeNumberField("index", delta.index());
            if (delta.id().isPresent()) {
                json.writeStringField("id", delta.id().get());
            }
            if (delta.name().isPresent()) {
                json.writeStringField("name", delta.name().get());
            }
            json.writeStringField("arguments", delta.arguments());
            json.writeEndObject();
            json.writeEndObject();
        }));
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void onEnd(RunResult result) {
        event("run", RunDocument.of(result));
        out.close();
    }

    @Override
    public void onUnrecorded(RunNotRecordedException error) {
        if (started()) {
            event("error", Json.error(ApiError.unrecorded(error)));
            out.close();
        }
        // Not started: the handler answers 503 instead.
    }

    private void event(String name, byte[] json) {
        out.write(("event: " + name).getBytes(StandardCharsets.US_ASCII));
        out.write(DATA);
        out.write(json);
        out.write(END_OF_EVENT);
    }
}

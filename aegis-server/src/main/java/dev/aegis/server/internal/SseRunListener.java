package dev.aegis.server.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.StreamListener;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Relays a streamed native run ({@code POST /v1/runs} with {@code "stream": true}) as named server-sent
 * events: {@code event: delta} for each piece of content ({@code {"content": ...}}) or tool-call fragment
 * ({@code {"tool_call": ...}}) the egress released, then one {@code event: run} with the run document,
 * whatever the outcome, and the end of the stream. A run that could not be recorded ends with
 * {@code event: error} in OpenAI's error shape instead: a client never takes an unrecorded run for a
 * finished one. Buffered until the runtime flushes, as for chat completions; a failed write (the client
 * left) throws, which makes the runtime cancel the upstream call.
 */
final class SseRunListener implements StreamListener {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final ServerResponse response;
    private OutputStream out;
    private boolean unflushed;

    SseRunListener(ServerResponse response) {
        this.response = response;
    }

    boolean started() {
        return out != null;
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
        if (unflushed) {
            unflushed = false;
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("client disconnected", e);
            }
        }
    }

    @Override
    public void onEnd(RunResult result) {
        event("run", RunDocument.of(result));
        close();
    }

    @Override
    public void onUnrecorded(RunNotRecordedException error) {
        if (started()) {
            event("error", Json.error(ApiError.unrecorded(error)));
            close();
        }
        // Not started: the handler answers 503 instead.
    }

    private void event(String name, byte[] json) {
        try {
            OutputStream stream = stream();
            stream.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
            stream.write(json);
            stream.write('\n');
            stream.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
        unflushed = true;
    }

    private void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
    }

    private OutputStream stream() {
        if (out == null) {
            response.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
            response.header(HeaderNames.CACHE_CONTROL, "no-cache");
            response.header("X-Accel-Buffering", "no");
            out = new BufferedOutputStream(response.outputStream(), BUFFER_BYTES);
        }
        return out;
    }
}

package dev.aegis.server.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.StreamListener;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Relays a streamed run to the client as OpenAI server-sent events. The response starts with the
 * first released byte, so a run refused before any output still gets a proper error status. Once
 * started, a run that does not complete ends with an error event and no {@code [DONE]}: a client
 * never mistakes a cut answer for a finished one. A failed write (the client left) throws, which
 * makes the runtime cancel the upstream call.
 */
final class SseCompletionListener implements StreamListener {

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerResponse response;
    private final CompletionWriter writer;
    private final boolean includeUsage;
    private OutputStream out;
    private boolean roleSent;

    SseCompletionListener(ServerResponse response, CompletionWriter writer, boolean includeUsage) {
        this.response = response;
        this.writer = writer;
        this.includeUsage = includeUsage;
    }

    boolean started() {
        return out != null;
    }

    @Override
    public void onText(String text) {
        event(writer.textChunk(text, !roleSent));
        roleSent = true;
    }

    @Override
    public void onToolCall(ToolCallDelta delta) {
        event(writer.toolCallChunk(delta, !roleSent));
        roleSent = true;
    }

    @Override
    public void onEnd(RunResult result) {
        if (result.status() == RunStatus.COMPLETED) {
            event(writer.finishChunk(result.finishReason().orElse("stop"), !roleSent));
            if (includeUsage) {
                event(writer.usageChunk(result.usage()));
            }
            write(DONE);
            close();
        } else if (started()) {
            event(Json.error(Outcomes.errorOf(result)));
            close();
        }
        // Not started and not completed: the handler answers with an error status instead.
    }

    // [DONE] acknowledges the answer: an answer that is not recorded ends in an error instead.
    @Override
    public void onUnrecorded(RunNotRecordedException error) {
        if (started()) {
            event(Json.error(ApiError.unrecorded(error)));
            close();
        }
    }

    private void event(byte[] json) {
        write(DATA);
        write(json);
        write(END_OF_EVENT);
        flush();
    }

    private void write(byte[] bytes) {
        try {
            stream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
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
            out = response.outputStream();
        }
        return out;
    }
}

package dev.aegis.server.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.StreamListener;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Relays a streamed run to the client as OpenAI server-sent events. The response starts when the
 * provider answers (its headers and a role chunk, as OpenAI starts a stream), or with the first
 * released byte on a route that holds the answer back; so a run refused before that, by an ingress
 * guard or the provider, still gets a proper error status. Once started, a run that does not
 * complete ends with an error event and no {@code [DONE]}: a client never mistakes a cut answer for
 * a finished one. Events are buffered until the runtime says the provider has nothing more ready
 * ({@link #flush()}), so chunks that arrived together leave in one write. A failed write (the client
 * left) throws, which makes the runtime cancel the upstream call.
 */
final class SseCompletionListener implements StreamListener {

    private static final int BUFFER_BYTES = 16 * 1024;
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerResponse response;
    private final CompletionWriter writer;
    private final boolean includeUsage;
    private OutputStream out;
    private boolean roleSent;
    private boolean unflushed;

    SseCompletionListener(ServerResponse response, CompletionWriter writer, boolean includeUsage) {
        this.response = response;
        this.writer = writer;
        this.includeUsage = includeUsage;
    }

    boolean started() {
        return out != null;
    }

    @Override
    public void onStart() {
        if (!roleSent) {
            event(writer.roleChunk());
            roleSent = true;
            flush();
        }
    }

    @Override
    public void onText(String text) {
        if (!roleSent) {
            event(writer.textChunk(text, true));
            roleSent = true;
            return;
        }
        try {
            writer.writeTextEvent(stream(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
        unflushed = true;
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
    public void onToolCall(ToolCallDelta delta) {
        event(writer.toolCallChunk(delta, !roleSent));
        roleSent = true;
    }

    @Override
    public void onEnd(RunResult result) {
        if (result.status() == RunStatus.COMPLETED) {
            // citations ride on the last chunk before [DONE]: the usage chunk when the client asked for one
            Optional<List<Citation>> citations = Citation.of(result.state());
            event(writer.finishChunk(result.finishReason().orElse("stop"), !roleSent, includeUsage ? Optional.empty() : citations));
            if (includeUsage) {
                event(writer.usageChunk(result.usage(), citations));
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

    // Buffered like the rest: the runtime flushes when the provider pauses, and onEnd closes.
    private void event(byte[] json) {
        write(DATA);
        write(json);
        write(END_OF_EVENT);
        unflushed = true;
    }

    private void write(byte[] bytes) {
        try {
            stream().write(bytes);
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
            // The server's stream sends every write as an HTTP chunk of its own, in a socket write of its
            // own: events gather here until the runtime flushes (the provider paused) or this fills.
            out = new BufferedOutputStream(response.outputStream(), BUFFER_BYTES);
        }
        return out;
    }
}

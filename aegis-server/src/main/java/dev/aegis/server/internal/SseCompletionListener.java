package dev.aegis.server.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.StreamListener;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
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

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final SseOutput out;
    private final CompletionWriter writer;
    private final boolean includeUsage;
    private boolean roleSent;

    SseCompletionListener(ServerResponse response, CompletionWriter writer, boolean includeUsage) {
        this.out = new SseOutput(response);
        this.writer = writer;
        this.includeUsage = includeUsage;
    }

    boolean started() {
        return out.started();
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
            writer.writeTextEvent(out.stream(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
    }

    @Override
    public void flush() {
        out.flush();
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
            out.write(DONE);
            out.close();
        } else if (started()) {
            event(Json.error(Outcomes.errorOf(result)));
            out.close();
        }
        // Not started and not completed: the handler answers with an error status instead.
    }

    // [DONE] acknowledges the answer: an answer that is not recorded ends in an error instead.
    @Override
    public void onUnrecorded(RunNotRecordedException error) {
        if (started()) {
            event(Json.error(ApiError.unrecorded(error)));
            out.close();
        }
    }

    // Buffered like the rest: the runtime flushes when the provider pauses, and onEnd closes.
    private void event(byte[] json) {
        out.write(DATA);
        out.write(json);
        out.write(END_OF_EVENT);
    }
}

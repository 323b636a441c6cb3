package dev.aegis.plugin.openai;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed answer read from the upstream's SSE body on the caller's thread. Only
 * {@code data: [DONE]} ends it normally; the body ending before that is a failure, never a quiet end.
 */
final class OpenAiChatStream implements ChatStream {

    private static final byte[] DONE = {'[', 'D', 'O', 'N', 'E', ']'};
    private static final int MAX_EVENT_BYTES = 8 * 1024 * 1024;

    private final Http1ClientResponse response;
    private final InputStream body;
    private final SseReader events;
    private final ChunkReader chunks;
    private final int status;
    private final AtomicBoolean closed = new AtomicBoolean();
    // close() may come from another thread than next()
    private volatile boolean done;
    private volatile ProviderException failure;

    OpenAiChatStream(Http1ClientResponse response, ChunkReader chunks) {
        this.response = response;
        this.status = response.status().code();
        this.body = response.inputStream();
        this.events = new SseReader(body, MAX_EVENT_BYTES);
        this.chunks = chunks;
    }

    @Override
    public Optional<ChatChunk> next() {
        if (failure != null) {
            throw failure;
        }
        if (done || closed.get()) {
            return Optional.empty();
        }
        try {
            while (true) {
                Optional<byte[]> data = events.next();
                if (data.isEmpty()) {
                    throw fail(new ProviderException(ProviderException.Failure.FAILED, status, "stream ended before [DONE]", null));
                }
                if (isDone(data.get())) {
                    done = true;
                    return Optional.empty();
                }
                Optional<ChatChunk> chunk = chunks.read(data.get());
                if (chunk.isPresent()) {
                    return chunk;
                }
            }
        } catch (ProviderException e) {
            throw fail(e);
        } catch (IOException | RuntimeException e) {
            if (closed.get()) {
                // close() from another thread cut the read: the caller asked for the end
                return Optional.empty();
            }
            throw fail(UpstreamFailures.whileReading(e, status, true));
        }
    }

    /** Whether the next event is whole in the read buffer already (the upstream sent several at once). */
    @Override
    public boolean ready() {
        return !done && !closed.get() && failure == null && events.hasEvent();
    }

    /** Cancels the upstream by closing the connection; after {@code [DONE]} the connection is reused. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (done) {
                UpstreamClient.drain(body);
            }
            response.close();
        }
    }

    private ProviderException fail(ProviderException e) {
        failure = e;
        close();
        return e;
    }

    private static boolean isDone(byte[] data) {
        int from = 0;
        int to = data.length;
        while (from < to && Character.isWhitespace(data[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(data[to - 1])) {
            to--;
        }
        return Arrays.equals(data, from, to, DONE, 0, DONE.length);
    }
}

package dev.aegis.client.internal;

import dev.aegis.client.RunStream;
import dev.aegis.client.error.AegisConnectionException;
import dev.aegis.client.error.AegisException;
import dev.aegis.client.error.AegisTimeoutException;
import dev.aegis.client.error.StreamException;
import dev.aegis.client.internal.json.JsonException;
import dev.aegis.client.internal.sse.SseEvent;
import dev.aegis.client.internal.sse.SseReader;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunStreamEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A streamed run read from the gateway's {@code text/event-stream}. The stream ends after the final
 * run; an {@code error} event, a broken connection, silence longer than the timeout or an end before
 * the final run throw, so a caller never mistakes a cut-off stream for a finished run.
 */
public final class HttpRunStream implements RunStream {

    private final IdleTimeoutStream body;
    private final SseReader reader;
    private RunStreamEvent ahead;
    private boolean finished;

    /** Reads {@code body}; {@code idle} without a byte ends the stream with a timeout. */
    public HttpRunStream(InputStream body, Duration idle) {
        this.body = new IdleTimeoutStream(body, idle);
        this.reader = new SseReader(this.body);
    }

    @Override
    public boolean hasNext() {
        if (ahead != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        ahead = read();
        return ahead != null;
    }

    @Override
    public RunStreamEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the run's stream has ended");
        }
        RunStreamEvent event = ahead;
        ahead = null;
        return event;
    }

    private RunStreamEvent read() {
        try {
            SseEvent event;
            while ((event = reader.next()) != null) {
                if (event.event().equals("error")) {
                    throw end(ErrorBodies.streamError(event.data()));
                }
                Optional<RunStreamEvent> decoded = decode(event);
                if (decoded.isPresent()) {
                    if (decoded.get() instanceof Run) {
                        close();
                    }
                    return decoded.get();
                }
            }
            if (body.timedOut()) {
                throw end(new AegisTimeoutException("Nothing arrived on the run's stream for longer than the timeout.", null));
            }
            throw end(new StreamException("stream_error", "stream_incomplete", "The stream ended before the run's final document.", Optional.empty(), ""));
        } catch (IOException e) {
            if (body.timedOut()) {
                throw end(new AegisTimeoutException("Nothing arrived on the run's stream for longer than the timeout.", e));
            }
            throw end(new AegisConnectionException("The connection broke during the run's stream: " + e.getMessage(), e));
        }
    }

    private Optional<RunStreamEvent> decode(SseEvent event) {
        try {
            return StreamEvents.decode(event.event(), event.data());
        } catch (JsonException e) {
            throw end(Transport.invalidResponse(200, event.data(), e));
        }
    }

    private AegisException end(AegisException error) {
        close();
        return error;
    }

    @Override
    public void close() {
        finished = true;
        try {
            reader.close();
        } catch (IOException ignored) {
            // the stream is abandoned either way
        }
    }
}

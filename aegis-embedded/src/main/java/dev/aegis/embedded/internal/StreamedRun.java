package dev.aegis.embedded.internal;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Event;
import dev.aegis.client.RunStream;
import dev.aegis.client.error.AegisException;
import dev.aegis.client.error.StreamException;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunStreamEvent;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.StreamListener;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Json;
import dev.aegis.server.internal.RunDocument;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A streamed run in-process: the route streams on a virtual thread, and what its egress releases is
 * handed to the caller's iterator as the SDK's stream events, in the HTTP stream's order — each event of
 * the run's log as its step ends, the deltas as they are released, then the final run. A run that could not be recorded ends the stream
 * with a {@link StreamException}, as the HTTP stream ends with {@code event: error}. Closing the
 * stream early aborts the run at its next release, which cancels the upstream call.
 */
final class StreamedRun implements RunStream, StreamListener {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private Object next;
    private boolean ended;

    private StreamedRun() {}

    static StreamedRun start(EmbeddedRuns.Started run) {
        StreamedRun stream = new StreamedRun();
        Thread.ofVirtual().name("aegis-embedded-stream-" + run.state().runId()).start(() -> stream.run(run));
        return stream;
    }

    private void run(EmbeddedRuns.Started run) {
        try {
            run.route().stream(run.state(), run.options(), this);
        } catch (RunNotRecordedException unrecorded) {
            // onUnrecorded has ended the stream
        } catch (Abandoned abandoned) {
            // the caller closed the stream; the runtime has cancelled the upstream call
        } catch (ApiError error) {
            queue.add(Errors.of(error));
        } catch (RuntimeException failed) {
            queue.add(new StreamException("server_error", "stream_failed", "The run failed: " + failed.getClass().getSimpleName(),
                    Optional.empty(), ""));
        } finally {
            queue.add(END);
        }
    }

    @Override
    public void onEvent(Event event) {
        deliver(new RunEvent(event.time(), event.source(), event.type(), event.detail(), event.attributes()));
    }

    @Override
    public void onText(String text) {
        deliver(new Delta.Content(text));
    }

    @Override
    public void onToolCall(ToolCallDelta delta) {
        deliver(new Delta.ToolCallFragment(delta.index(), delta.id(), delta.name(), delta.arguments()));
    }

    @Override
    public void onEnd(RunResult result) {
        deliver(Documents.run(RunDocument.of(result)));
    }

    @Override
    public void onUnrecorded(RunNotRecordedException error) {
        ApiError unrecorded = ApiError.unrecorded(error);
        queue.add(new StreamException(unrecorded.type(), unrecorded.code(), unrecorded.getMessage(), Optional.empty(),
                new String(Json.error(unrecorded), StandardCharsets.UTF_8)));
    }

    private void deliver(RunStreamEvent event) {
        if (closed) {
            throw new Abandoned();
        }
        queue.add(event);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = take();
            if (next == END) {
                ended = true;
                next = null;
            }
        }
        if (next instanceof AegisException error) {
            next = null;
            throw error;
        }
        return next != null;
    }

    @Override
    public RunStreamEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the stream has ended");
        }
        RunStreamEvent event = (RunStreamEvent) next;
        next = null;
        return event;
    }

    @Override
    public void close() {
        closed = true;
        ended = true;
        queue.clear();
    }

    private Object take() {
        try {
            while (true) {
                Object taken = queue.poll(1, TimeUnit.SECONDS);
                if (taken != null) {
                    return taken;
                }
                if (closed) {
                    return END;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException("stream_error", "stream_interrupted", "Interrupted while waiting for the run.", Optional.empty(), "");
        }
    }

    /** Thrown into the runtime when the caller has let go of the stream, so the run stops and its upstream call is cancelled. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the caller closed the stream", null, false, false);
        }
    }
}

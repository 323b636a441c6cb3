package dev.aegis.client;

import dev.aegis.client.error.StreamException;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunStreamEvent;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streamed run's events as they arrive: {@link dev.aegis.client.model.RunEvent}s and
 * {@link dev.aegis.client.model.Delta}s, then the final {@link Run}, then the end. {@link #next()}
 * blocks until the next event and throws {@link StreamException} when the gateway ends the stream with
 * an error. Always close it (try-with-resources).
 */
public interface RunStream extends Iterator<RunStreamEvent>, AutoCloseable {

    @Override
    void close();

    /** The events as a sequential stream; closing it closes this. */
    default Stream<RunStreamEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Reads the rest of the stream and answers the final run. */
    default Run finalRun() {
        Run last = null;
        while (hasNext()) {
            if (next() instanceof Run run) {
                last = run;
            }
        }
        if (last == null) {
            throw new StreamException("stream_error", "stream_incomplete", "The stream ended without the final run.", java.util.Optional.empty(), "");
        }
        return last;
    }
}

package dev.aegis.server.internal;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The server-sent event stream of one response: its headers go with the first write. The server's
 * stream sends every write as an HTTP chunk of its own, in a socket write of its own, so events gather
 * here until the runtime flushes (the provider paused) or the buffer fills. A failed write (the client
 * left) throws, which makes the runtime cancel the upstream call.
 */
final class SseOutput {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final ServerResponse response;
    private OutputStream out;
    private boolean unflushed;

    SseOutput(ServerResponse response) {
        this.response = response;
    }

    /** Whether the headers went out: from then on, errors must be events. */
    boolean started() {
        return out != null;
    }

    void write(byte[] bytes) {
        try {
            stream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
    }

    /** The buffered stream, for writers that encode straight into it; what they write counts as unflushed. */
    OutputStream stream() {
        if (out == null) {
            response.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
            response.header(HeaderNames.CACHE_CONTROL, "no-cache");
            response.header("X-Accel-Buffering", "no");
            out = new BufferedOutputStream(response.outputStream(), BUFFER_BYTES);
        }
        unflushed = true;
        return out;
    }

    /** Sends what was written since the last flush, if anything. */
    void flush() {
        if (unflushed) {
            unflushed = false;
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("client disconnected", e);
            }
        }
    }

    void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("client disconnected", e);
        }
    }
}

package dev.aegis.client.internal.sse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code text/event-stream} as the HTML standard's event-stream interpretation does: lines end
 * with CR, LF or CRLF; a blank line dispatches the event; {@code data} lines join with LF; a line
 * starting with a colon is a comment; one space after a field's colon is dropped; unknown fields are
 * ignored; an event without data is not dispatched; a last event cut off by the end of the stream is
 * discarded. It blocks on the stream, so events come out as the gateway writes them.
 */
public final class SseReader implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final BufferedReader lines;
    private boolean first = true;
    private String lastId = "";

    public SseReader(InputStream stream) {
        this.lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The next event, or {@code null} at the end of the stream. */
    public SseEvent next() throws IOException {
        String name = "";
        StringBuilder data = new StringBuilder();
        boolean hasData = false;
        String line;
        while ((line = lines.readLine()) != null) {
            if (first) {
                first = false;
                if (!line.isEmpty() && line.charAt(0) == BOM) {
                    line = line.substring(1);
                }
            }
            if (line.isEmpty()) {
                if (hasData) {
                    return new SseEvent(name.isEmpty() ? "message" : name, data.toString(), lastId);
                }
                name = "";
                continue;
            }
            if (line.charAt(0) == ':') {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "data" -> {
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                }
                case "id" -> {
                    if (value.indexOf('\0') < 0) {
                        lastId = value;
                    }
                }
                default -> {
                    // "retry" and unknown fields: this reader never reconnects
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

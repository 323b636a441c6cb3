package dev.aegis.plugin.openai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a server-sent event stream into the data of its events, working on bytes so each event
 * goes to the JSON parser without a detour through characters. Lines end with LF or CRLF; comments
 * and fields other than {@code data} ({@code event}, {@code id}, {@code retry}) are skipped; the
 * lines of a multi-line {@code data} are joined with LF.
 */
final class SseReader {

    private static final byte[] DATA = {'d', 'a', 't', 'a'};

    private final InputStream in;
    private final int maxEventBytes;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean endOfInput;

    /** @param maxEventBytes a longer line fails the stream instead of exhausting memory */
    SseReader(InputStream in, int maxEventBytes) {
        this.in = in;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * The next event's data; empty once the input ended. At the end, complete {@code data} lines of
     * an event missing its blank line still count; a line cut mid-way never does.
     */
    Optional<byte[]> next() throws IOException {
        ByteArrayOutputStream joined = null;
        byte[] single = null;
        while (true) {
            int lineEnd = lineEnd();
            if (lineEnd < 0) {
                return Optional.ofNullable(joined != null ? joined.toByteArray() : single);
            }
            int length = lineEnd - start;
            if (length > 0 && buffer[lineEnd - 1] == '\r') {
                length--;
            }
            if (length == 0) {
                start = lineEnd + 1;
                if (single != null || joined != null) {
                    return Optional.of(joined != null ? joined.toByteArray() : single);
                }
                continue;
            }
            if (isData(start, length)) {
                int valueStart = start + DATA.length + 1;
                if (valueStart < start + length && buffer[valueStart] == ' ') {
                    valueStart++;
                }
                byte[] value = Arrays.copyOfRange(buffer, valueStart, start + length);
                if (single == null && joined == null) {
                    single = value;
                } else {
                    if (joined == null) {
                        joined = new ByteArrayOutputStream();
                        joined.writeBytes(single);
                    }
                    joined.write('\n');
                    joined.writeBytes(value);
                }
            }
            start = lineEnd + 1;
        }
    }

    /**
     * Whether {@link #next()} would answer without reading: the buffer holds a whole event with data
     * (its blank line included; blank lines and comments before it are skipped as next() skips them),
     * or the input ended. Does not read.
     */
    boolean hasEvent() {
        if (endOfInput) {
            return true;
        }
        boolean data = false;
        int lineStart = start;
        for (int i = start; i < end; i++) {
            if (buffer[i] != '\n') {
                continue;
            }
            int length = i - lineStart;
            if (length > 0 && buffer[i - 1] == '\r') {
                length--;
            }
            if (length == 0) {
                if (data) {
                    return true;
                }
            } else if (isData(lineStart, length)) {
                data = true;
            }
            lineStart = i + 1;
        }
        return false;
    }

    private boolean isData(int from, int length) {
        if (length < DATA.length + 1 || buffer[from + DATA.length] != ':') {
            return false;
        }
        return Arrays.equals(buffer, from, from + DATA.length, DATA, 0, DATA.length);
    }

    /** The index of the LF ending the line at {@code start}; -1 at the end, dropping a last line without LF. */
    private int lineEnd() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            scanned = end - start;
            if (endOfInput || !fill()) {
                start = end;
                return -1;
            }
        }
    }

    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            if (buffer.length >= maxEventBytes) {
                throw new IOException("a stream event line is longer than " + maxEventBytes + " bytes");
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxEventBytes));
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        end += read;
        return true;
    }
}

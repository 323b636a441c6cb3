package dev.aegis.pack.pii.internal.recognize;

import static java.util.Objects.requireNonNull;

import dev.aegis.pack.pii.EntityType;

/**
 * A stretch {@code [start, end)} of a text that a recognizer believes is one entity.
 *
 * @param confidence from 0 to 1: checksums and context words raise it, look-alike shapes lower it
 */
public record Span(int start, int end, EntityType type, double confidence) {

    public Span {
        requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span: " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String textIn(String text) {
        return text.substring(start, end);
    }
}

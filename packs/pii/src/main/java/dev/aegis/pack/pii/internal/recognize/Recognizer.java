package dev.aegis.pack.pii.internal.recognize;

import java.util.List;

/**
 * Finds one kind of entity in a text. Implementations are immutable and shared by all requests:
 * patterns are compiled once, a cheap pre-check skips texts that cannot hold the entity, and a scan
 * allocates only for what it finds.
 */
public interface Recognizer {

    /** Adds each span found in {@code text} to {@code found}; overlaps with other recognizers are resolved later. */
    void find(ScanText text, List<Span> found);
}

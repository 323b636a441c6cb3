package dev.aegis.pack.llmguard.injection.internal;

import java.util.Optional;

/**
 * Something a layer found, as evidence may report it: a rule or the classifier, its score, the
 * decoding it was found under, and where in the original text. Never the text itself.
 *
 * @param name the rule's name, or {@code classifier}
 * @param decoding how the scanned text was decoded first, e.g. {@code base64}; empty for the text as sent
 * @param start where in the original text, or -1
 * @param end just past it, or -1
 */
public record Finding(String name, double score, Optional<String> decoding, int start, int end) {}

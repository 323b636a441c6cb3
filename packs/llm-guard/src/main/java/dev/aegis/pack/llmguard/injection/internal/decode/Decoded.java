package dev.aegis.pack.llmguard.injection.internal.decode;

/**
 * A text found encoded inside another and decoded.
 *
 * @param text what it decoded to
 * @param decoding how, outermost first, e.g. {@code base64} or {@code hex>rot13}
 * @param start where the encoded run starts in the normalised view of the scanned text
 * @param end where it ends
 */
public record Decoded(String text, String decoding, int start, int end) {}

package dev.aegis.pack.llmguard.injection.internal.decode;

/**
 * Bounds on decoding, so that a crafted input cannot make it costly: how deep decoded text is
 * decoded again, how many encoded runs are decoded in all, and how many characters all decoded
 * texts may hold together. Whatever lies past a bound is not decoded (the plain text is still scanned).
 */
public record DecodingLimits(int maxDepth, int maxRuns, int maxDecodedChars) {

    public DecodingLimits {
        if (maxDepth < 0 || maxRuns < 0 || maxDecodedChars < 0) {
            throw new IllegalArgumentException("decoding limits must not be negative");
        }
    }
}

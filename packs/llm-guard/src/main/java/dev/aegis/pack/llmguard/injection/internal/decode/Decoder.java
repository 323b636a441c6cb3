package dev.aegis.pack.llmguard.injection.internal.decode;

/** Finds text hidden in one encoding and decodes it. */
interface Decoder {

    /** Named in evidence, e.g. {@code base64}. */
    String name();

    /** Reports every decoded run of {@code text} (the normalised view, case kept) to {@code found}. */
    void decode(String text, Found found);

    /** Receives decoded runs; answers false once the budget is spent, and the decoder stops. */
    @FunctionalInterface
    interface Found {
        boolean accept(String decoded, int start, int end);
    }
}

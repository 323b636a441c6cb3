package dev.aegis.pack.llmguard.injection.internal.heuristic;

/**
 * The pairs of adjacent characters of a text, hashed into 4096 bits: a cheap test, done once per
 * text, that lets the rules skip searching for anchor words that cannot be there. A set bit may be
 * another pair's (so a search still follows); a clear bit proves the pair absent.
 */
final class CharPairs {

    private static final int BITS = 4096;

    private final long[] bits = new long[BITS / 64];

    private CharPairs() {}

    static CharPairs of(String text) {
        CharPairs pairs = new CharPairs();
        for (int i = 0; i + 1 < text.length(); i++) {
            int pair = of(text.charAt(i), text.charAt(i + 1));
            pairs.bits[pair >>> 6] |= 1L << pair;
        }
        return pairs;
    }

    /** The hash of the pair {@code a}, {@code b}: 0 to 4095. */
    static int of(char a, char b) {
        return (a * 0x9E3779B1 + b) * 0x85EBCA6B >>> 20;
    }

    boolean contains(int pair) {
        return (bits[pair >>> 6] & 1L << pair) != 0;
    }
}

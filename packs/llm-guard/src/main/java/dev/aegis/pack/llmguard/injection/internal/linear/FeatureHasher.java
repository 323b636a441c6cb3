package dev.aegis.pack.llmguard.injection.internal.linear;

/**
 * The classifier's features, hashed: every character 2- to 5-gram, and every word and pair of
 * adjacent words (a word is a run of letters and digits). The trainer and the scorer call this one
 * class, so what was learned is what is looked up. No allocation: each feature's hash goes to a sink.
 */
public final class FeatureHasher {

    public static final int CHAR_MIN = 2;
    public static final int CHAR_MAX = 5;

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD_SALT = 0x5BD1E995;
    private static final int PAIR_SALT = 0x27D4EB2F;

    /** Receives the hash of each feature. */
    @FunctionalInterface
    public interface Sink {
        void accept(int hash);
    }

    private FeatureHasher() {}

    /** Sends every feature of {@code text[from, to)} to {@code sink}; answers how many there were. */
    public static int features(String text, int from, int to, Sink sink) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int hash = FNV_OFFSET;
            int last = Math.min(to, i + CHAR_MAX);
            for (int j = i; j < last; j++) {
                hash = (hash ^ text.charAt(j)) * FNV_PRIME;
                int length = j - i + 1;
                if (length >= CHAR_MIN) {
                    sink.accept(hash + length);
                    count++;
                }
            }
        }
        int previous = 0;
        boolean hasPrevious = false;
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int word = FNV_OFFSET;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                word = (word ^ text.charAt(i)) * FNV_PRIME;
                i++;
            }
            sink.accept(word ^ WORD_SALT);
            count++;
            if (hasPrevious) {
                sink.accept((previous * 31 + word) ^ PAIR_SALT);
                count++;
            }
            previous = word;
            hasPrevious = true;
        }
        return count;
    }

    /** The weight slot of a feature, from its {@link #mix mixed} hash, in a table of {@code 2^bits} slots. */
    public static int slot(int mixed, int bits) {
        return mixed >>> (32 - bits);
    }

    /**
     * +1 or -1, from the feature's {@link #mix mixed} hash: signed hashing, so that features sharing
     * a slot cancel out on average instead of adding up.
     */
    public static int sign(int mixed) {
        return (mixed & 1) == 0 ? 1 : -1;
    }

    /** MurmurHash3's finalizer: spreads a feature hash over all 32 bits. */
    public static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

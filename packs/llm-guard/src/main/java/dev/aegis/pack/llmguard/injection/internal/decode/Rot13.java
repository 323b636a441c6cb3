package dev.aegis.pack.llmguard.injection.internal.decode;

import java.util.Arrays;

/**
 * ROT13 cannot be told from its runs, so the whole text is rotated when that makes more common
 * English words appear than it removes (at least {@value #MIN_WORDS}), or when the text names rot13.
 * Words are compared by a hash computed while reading them, so the check allocates nothing.
 */
final class Rot13 implements Decoder {

    static final int MIN_WORDS = 3;
    private static final int LONGEST = 12;

    private static final long[] COMMON = hashes("the", "and", "you", "your", "to", "of", "is", "are", "all", "any", "now", "with",
            "for", "that", "this", "me", "my", "tell", "how", "what", "ignore", "previous", "instructions", "rules", "system", "prompt",
            "reveal", "print", "mode", "from", "on", "in", "be", "do", "not", "it", "a", "an", "give", "show", "write", "say");
    private static final long ROT = hash("rot");

    @Override
    public String name() {
        return "rot13";
    }

    @Override
    public void decode(String text, Found found) {
        int plain = 0;
        int rotated = 0;
        boolean named = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!latinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            long hash = 0;
            long rotatedHash = 0;
            while (i < length && latinLetter(text.charAt(i))) {
                int letter = (text.charAt(i) | 0x20) - 'a';
                hash = hash * 31 + letter + 1;
                rotatedHash = rotatedHash * 31 + (letter + 13) % 26 + 1;
                i++;
            }
            if (i - start > LONGEST) {
                continue;
            }
            plain += Arrays.binarySearch(COMMON, hash) >= 0 ? 1 : 0;
            rotated += Arrays.binarySearch(COMMON, rotatedHash) >= 0 ? 1 : 0;
            named |= hash == ROT;
        }
        if (rotated >= MIN_WORDS && rotated > plain || named && rotated > 0) {
            found.accept(rotate(text), 0, length);
        }
    }

    static String rotate(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) ('A' + (c - 'A' + 13) % 26);
            }
        }
        return new String(chars);
    }

    private static long hash(String word) {
        long hash = 0;
        for (int i = 0; i < word.length(); i++) {
            hash = hash * 31 + (word.charAt(i) - 'a') + 1;
        }
        return hash;
    }

    private static long[] hashes(String... words) {
        long[] hashes = Arrays.stream(words).mapToLong(Rot13::hash).sorted().toArray();
        return hashes;
    }

    private static boolean latinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package dev.aegis.pack.llmguard.injection.internal.decode;

import java.util.Set;

/**
 * ROT13 cannot be told from its runs, so the whole text is rotated when that makes more common
 * English words appear than it removes (at least {@value #MIN_WORDS}), or when the text names rot13.
 */
final class Rot13 implements Decoder {

    static final int MIN_WORDS = 3;

    private static final Set<String> COMMON = Set.of("the", "and", "you", "your", "to", "of", "is", "are", "all", "any", "now", "with",
            "for", "that", "this", "me", "my", "tell", "how", "what", "ignore", "previous", "instructions", "rules", "system", "prompt",
            "reveal", "print", "mode", "from", "on", "in", "be", "do", "not", "it", "a", "an", "give", "show", "write", "say");

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
        char[] word = new char[16];
        while (i < length) {
            if (!latinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && latinLetter(text.charAt(i))) {
                i++;
            }
            int size = i - start;
            if (size > word.length) {
                continue;
            }
            for (int j = 0; j < size; j++) {
                word[j] = Character.toLowerCase(text.charAt(start + j));
            }
            String original = new String(word, 0, size);
            plain += COMMON.contains(original) ? 1 : 0;
            named |= original.equals("rot");
            rotated += COMMON.contains(rotate(original)) ? 1 : 0;
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

    private static boolean latinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

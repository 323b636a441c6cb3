package dev.aegis.pack.pii.internal.recognize;

import java.util.Arrays;
import java.util.List;

/**
 * Phrases that must stand right before a word ("my name is" before a name, "lives in" before a
 * place): compared word by word, ignoring case, with only white space and at most one comma or colon
 * between the phrase and the word ("Regards,\nAnna"). Compared in place, without copying the text.
 */
final class Phrases {

    private final List<String[]> phrases;
    private final boolean ignoreCase;

    /** @param phrases lower-case phrases separated by {@code |}, words by spaces; matched ignoring case */
    Phrases(String phrases) {
        this(phrases, true);
    }

    private Phrases(String phrases, boolean ignoreCase) {
        this.phrases = Arrays.stream(phrases.split("\\|")).map(phrase -> phrase.strip().split(" ")).toList();
        this.ignoreCase = ignoreCase;
    }

    /** Phrases that count only as written, in lower case. */
    static Phrases lowerCase(String phrases) {
        return new Phrases(phrases, false);
    }

    /** Whether one of the phrases ends right before word {@code i}. */
    boolean before(String text, Words words, int i) {
        if (i == 0 || !closeGap(text, words.end(i - 1), words.start(i))) {
            return false;
        }
        for (String[] phrase : phrases) {
            if (endsAt(text, words, i - 1, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the phrases starts right after word {@code i}. */
    boolean after(String text, Words words, int i) {
        if (i + 1 >= words.count() || !closeGap(text, words.end(i), words.start(i + 1))) {
            return false;
        }
        for (String[] phrase : phrases) {
            if (i + phrase.length < words.count() && endsAt(text, words, i + phrase.length, phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsAt(String text, Words words, int last, String[] phrase) {
        int first = last - phrase.length + 1;
        if (first < 0) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            int word = first + k;
            int length = words.end(word) - words.start(word);
            if (length != phrase[k].length() || !text.regionMatches(ignoreCase, words.start(word), phrase[k], 0, length)) {
                return false;
            }
            if (k > 0 && words.start(word) - words.end(word - 1) > 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeGap(String text, int from, int to) {
        int punctuation = 0;
        for (int c = from; c < to; c++) {
            char gap = text.charAt(c);
            if (gap == ',' || gap == ':') {
                punctuation++;
            } else if (!Character.isWhitespace(gap)) {
                return false;
            }
        }
        return punctuation <= 1 && to - from <= 4;
    }
}

package dev.aegis.pack.pii.internal.recognize;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The words of a text, for the name and place recognizers: runs of letters with inner apostrophes
 * and hyphens ({@code O'Brien}, {@code Jean-Luc}), a possessive {@code 's} left out. Kept as two
 * arrays of offsets, so tokenizing allocates two arrays, not a string per word.
 */
final class Words {

    private final String text;
    private final IntPredicate lineBreak;
    private int[] starts;
    private int[] ends;
    private int count;

    private Words(String text, IntPredicate lineBreak) {
        this.text = text;
        this.lineBreak = lineBreak;
        int guess = Math.max(8, text.length() / 5);
        this.starts = new int[guess];
        this.ends = new int[guess];
    }

    /** The words of {@code text}; {@code lineBreak} tells which characters stand for a line break. */
    static Words of(String text, IntPredicate lineBreak) {
        Words words = new Words(text, lineBreak);
        words.tokenize();
        return words;
    }

    private void tokenize() {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && (isLetter(text.charAt(i)) || isJoiner(text.charAt(i)) && i + 1 < length && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            int end = i;
            if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S') && isApostrophe(text.charAt(end - 2))) {
                end -= 2;
            }
            add(start, end);
        }
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The words {@code from} to {@code to} (inclusive) as they stand in the text. */
    String phrase(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    /** Title case: an upper-case first letter and a lower-case letter after it ({@code Smith}, {@code McDonald}, not {@code NASA}). */
    boolean capitalized(int i) {
        if (!Character.isUpperCase(text.charAt(starts[i]))) {
            return false;
        }
        for (int c = starts[i] + 1; c < ends[i]; c++) {
            if (Character.isLowerCase(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** All upper case and short, like {@code UK} or {@code USA}. */
    boolean acronym(int i) {
        int length = ends[i] - starts[i];
        if (length < 2 || length > 4) {
            return false;
        }
        for (int c = starts[i]; c < ends[i]; c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** One upper-case letter and a full stop: the {@code F.} of {@code John F. Kennedy}. */
    boolean initial(int i) {
        return ends[i] - starts[i] == 1 && Character.isUpperCase(text.charAt(starts[i])) && ends[i] < text.length() && text.charAt(ends[i]) == '.';
    }

    /** Whether word {@code i} follows word {@code i - 1} on the same line with only spaces (after an initial, its full stop) between. */
    boolean joined(int i) {
        if (i == 0) {
            return false;
        }
        int from = ends[i - 1];
        if (initial(i - 1)) {
            from++;
        }
        int gap = starts[i] - from;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int c = from; c < starts[i]; c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\t' || lineBreak.test(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code i} opens a sentence: only quotes, brackets and spaces since a full stop, question or exclamation mark, line break or the start. */
    boolean sentenceStart(int i) {
        for (int c = starts[i] - 1; c >= 0; c--) {
            char before = text.charAt(c);
            if (before == '.' || before == '!' || before == '?' || before == '•' || before == '*' || lineBreak.test(c)) {
                return true;
            }
            if (!Character.isWhitespace(before) && before != '"' && before != '\'' && before != '(' && before != '“' && before != '-') {
                return false;
            }
        }
        return true;
    }

    /** The character right after word {@code i}, or 0 at the end. */
    char after(int i) {
        return ends[i] < text.length() ? text.charAt(ends[i]) : 0;
    }
}

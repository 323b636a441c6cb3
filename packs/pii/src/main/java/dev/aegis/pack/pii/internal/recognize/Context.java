package dev.aegis.pack.pii.internal.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words near a candidate that make it more (or less) likely to be what its shape suggests, such as
 * "born" before a date. Phrases are compared word by word, ignoring case and punctuation
 * ({@code "d.o.b"} matches "D.O.B."), anywhere within {@code reach} characters. Checked only for
 * candidates, never for the whole text, so it reads a few words and allocates little.
 */
final class Context {

    private static final int MOST_WORDS = 8;

    private final Set<String> single = new HashSet<>();
    private final List<String[]> multiple = new ArrayList<>();
    private final int reach;

    /** @param phrases words or phrases separated by {@code |}, e.g. {@code "born|date of birth"} */
    Context(String phrases, int reach) {
        for (String phrase : phrases.split("\\|")) {
            String[] words = wordsOf(phrase.toLowerCase(Locale.ROOT));
            if (words.length == 1) {
                single.add(words[0]);
            } else if (words.length > 1) {
                multiple.add(words);
            }
        }
        this.reach = reach;
    }

    boolean before(String text, int start) {
        return found(text, Math.max(0, start - reach), start);
    }

    private boolean found(String text, int from, int to) {
        List<String> words = new ArrayList<>(MOST_WORDS);
        int i = from;
        // a word cut by the window's left edge is not a whole word
        while (i > 0 && i < to && Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i++;
        }
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > to) {
                break;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (single.contains(word)) {
                return true;
            }
            words.add(word);
        }
        return !multiple.isEmpty() && containsPhrase(words);
    }

    private boolean containsPhrase(List<String> words) {
        for (String[] phrase : multiple) {
            for (int at = 0; at + phrase.length <= words.size(); at++) {
                int k = 0;
                while (k < phrase.length && phrase[k].equals(words.get(at + k))) {
                    k++;
                }
                if (k == phrase.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] wordsOf(String phrase) {
        return Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }
}

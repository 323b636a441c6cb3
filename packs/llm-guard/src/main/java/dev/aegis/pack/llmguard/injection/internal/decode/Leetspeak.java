package dev.aegis.pack.llmguard.injection.internal.decode;

/**
 * Leetspeak ({@code 1gn0r3 4ll pr3v10u5}): when at least {@value #MIN_WORDS} words mix letters with
 * digits or symbols standing for letters inside them ({@code mp3}, {@code python3}, {@code 1st}
 * are words, not leet), the whole text is scanned again spelled out. Once the text is leet, every
 * word of letters and stand-in digits is spelled out, also those the strict test leaves alone
 * ({@code 7h3}, {@code 4ll}, {@code 15}): leet substitutes letters at random, and a word left
 * half-encoded is a word the other layers do not know.
 */
final class Leetspeak implements Decoder {

    static final int MIN_WORDS = 3;

    @Override
    public String name() {
        return "leetspeak";
    }

    @Override
    public void decode(String text, Found found) {
        int words = 0;
        int length = text.length();
        int i = 0;
        while (i < length && words < MIN_WORDS) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && wordChar(text.charAt(i))) {
                i++;
            }
            words += leet(text, start, i) ? 1 : 0;
        }
        if (words < MIN_WORDS) {
            return;
        }
        char[] chars = text.toCharArray();
        i = 0;
        while (i < length) {
            if (!wordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && wordChar(chars[i])) {
                i++;
            }
            if (leet(text, start, i) || standInWord(text, start, i)) {
                for (int j = start; j < i; j++) {
                    chars[j] = letter(chars[j]);
                }
            }
        }
        found.accept(new String(chars), 0, length);
    }

    // a word with a letter and a stand-in between letters, or two stand-ins before a letter (1st, 4th and 9am are not leet)
    private static boolean leet(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        boolean letter = false;
        boolean between = false;
        int standIns = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (letter(c) != c && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                standIns++;
                between |= i > from && Character.isLetter(text.charAt(i - 1));
            }
        }
        return letter && (between || standIns >= 2);
    }

    // letters and stand-in digits only, with at least one stand-in; or up to three stand-in digits alone (4, 15)
    private static boolean standInWord(String text, int from, int to) {
        boolean letter = false;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c >= '0' && c <= '9' && letter(c) != c || c == '@' || c == '$') {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0 && (letter || to - from <= 3);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '!' || c == '|';
    }

    private static char letter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> c;
        };
    }
}

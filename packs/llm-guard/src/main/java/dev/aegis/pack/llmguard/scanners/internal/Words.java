package dev.aegis.pack.llmguard.scanners.internal;

/** Word boundaries for whole-word matching. */
final class Words {

    private Words() {}

    /** Whether {@code [start, end)} of {@code text} neither continues nor is continued by a word. */
    static boolean bounded(String text, int start, int end) {
        return edge(text, start - 1, start) && edge(text, end, end - 1);
    }

    // The character at outside must not carry on the word whose edge is at inside.
    private static boolean edge(String text, int outside, int inside) {
        if (outside < 0 || outside >= text.length() || inside < 0 || inside >= text.length()) {
            return true;
        }
        int edge = text.codePointAt(Character.isLowSurrogate(text.charAt(inside)) && inside > 0 ? inside - 1 : inside);
        if (!wordCharacter(edge) || unspaced(edge)) {
            return true;
        }
        int neighbour = text.codePointAt(Character.isLowSurrogate(text.charAt(outside)) && outside > 0 ? outside - 1 : outside);
        return !wordCharacter(neighbour);
    }

    static boolean wordCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    // Scripts written without spaces between words: a boundary there cannot be seen.
    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }
}

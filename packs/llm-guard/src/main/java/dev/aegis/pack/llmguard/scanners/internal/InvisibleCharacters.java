package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.pack.llmguard.scanners.InvisibleClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds invisible characters in the raw text, each with its class. Context decides for a few:
 * a zero-width joiner after an emoji or inside a joining script belongs there; a subdivision flag's
 * tags belong to it; a single variation selector picks a glyph.
 */
final class InvisibleCharacters {

    /** One character, or a run of variation selectors, found: a span of the raw text and how many characters it holds. */
    record Found(InvisibleClass kind, int start, int end, int characters) {}

    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    private final Set<InvisibleClass> classes;
    private final int run;

    InvisibleCharacters(Set<InvisibleClass> classes, int variationSelectorRun) {
        this.classes = Set.copyOf(classes);
        this.run = variationSelectorRun;
    }

    /**
     * @param partial the text is a window of a stream: its first character followed text already
     *     scanned, so a joiner there was judged with what came before it
     */
    List<Found> find(String text, boolean partial) {
        List<Found> found = new ArrayList<>();
        boolean rightToLeft = hasRightToLeft(text);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == BLACK_FLAG) {
                next = Math.max(next, flagEnd(text, next));
            } else if (variationSelector(c)) {
                next = selectorRunEnd(text, i);
                int selectors = text.codePointCount(i, next);
                if (selectors >= run) {
                    add(found, InvisibleClass.VARIATION_SELECTOR_RUN, i, next, selectors);
                }
            } else {
                InvisibleClass kind = classify(text, i, c, partial, rightToLeft);
                if (kind != null) {
                    add(found, kind, i, next, 1);
                }
            }
            i = next;
        }
        return found;
    }

    private void add(List<Found> found, InvisibleClass kind, int start, int end, int characters) {
        if (classes.contains(kind)) {
            found.add(new Found(kind, start, end, characters));
        }
    }

    private static InvisibleClass classify(String text, int at, int c, boolean partial, boolean rightToLeft) {
        if (c >= 0xE0000 && c <= 0xE007F) {
            return InvisibleClass.TAG;
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return InvisibleClass.BIDI_CONTROL;
        }
        if (c == 0x200E || c == 0x200F || c == 0x061C) {
            return rightToLeft ? null : InvisibleClass.BIDI_CONTROL;
        }
        if (c == 0x200C || c == 0x200D) {
            return joinerBelongs(text, at, c, partial) ? null : InvisibleClass.ZERO_WIDTH;
        }
        if (c == 0xFEFF) {
            return at == 0 && !partial ? null : InvisibleClass.ZERO_WIDTH;
        }
        if (zeroWidth(c)) {
            return InvisibleClass.ZERO_WIDTH;
        }
        int type = Character.getType(c);
        if (type == Character.PRIVATE_USE) {
            return InvisibleClass.PRIVATE_USE;
        }
        if (type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
            return InvisibleClass.CONTROL;
        }
        return null;
    }

    private static boolean zeroWidth(int c) {
        return c == 0x200B || c == 0x2060 || c == 0x180E || c == 0x00AD || c == 0x034F || c >= 0x2061 && c <= 0x2064
                || c >= 0x206A && c <= 0x206F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x17B4
                || c == 0x17B5 || c >= 0xFFF9 && c <= 0xFFFB || c >= 0x1D173 && c <= 0x1D17A;
    }

    // ZWJ after an emoji (👩‍💻), ZWJ or ZWNJ after a letter of a script that joins letters (Persian, Devanagari…).
    // At the start of a stream window the character before was seen by the previous scan, which judged it.
    private static boolean joinerBelongs(String text, int at, int c, boolean partial) {
        if (at == 0) {
            return partial;
        }
        int before = text.codePointBefore(at);
        if (c == 0x200D && (Character.isExtendedPictographic(before) || before == 0xFE0F || before >= 0x1F3FB && before <= 0x1F3FF)) {
            return true;
        }
        int base = at;
        int steps = 0;
        while (base > 0 && steps++ < 8 && isMark(text.codePointBefore(base))) {
            base -= Character.charCount(text.codePointBefore(base));
        }
        if (base == 0) {
            return false;
        }
        int letter = text.codePointBefore(base);
        return Character.isLetter(letter) && joiningScript(Character.UnicodeScript.of(letter));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean joiningScript(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN, GREEK, CYRILLIC, ARMENIAN, COMMON, INHERITED, UNKNOWN, HAN, HIRAGANA, KATAKANA, HANGUL -> false;
            default -> true;
        };
    }

    // 🏴 then tag letters or digits then the cancel tag: a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Returns where the flag ends, or -1.
    private static int flagEnd(String text, int from) {
        int i = from;
        int tags = 0;
        while (i < text.length() && tags <= 32) {
            int c = text.codePointAt(i);
            if (c == CANCEL_TAG) {
                return tags > 0 ? i + Character.charCount(c) : -1;
            }
            if (!(c >= 0xE0030 && c <= 0xE0039 || c >= 0xE0061 && c <= 0xE007A)) {
                return -1;
            }
            i += Character.charCount(c);
            tags++;
        }
        return -1;
    }

    private static boolean variationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static int selectorRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && variationSelector(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}

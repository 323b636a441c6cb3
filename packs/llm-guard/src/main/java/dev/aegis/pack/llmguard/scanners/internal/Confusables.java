package dev.aegis.pack.llmguard.scanners.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters of other scripts that look like Latin ones (Cyrillic {@code а}, Greek {@code ο}, Armenian
 * {@code օ}…), each mapped to the Latin letter it imitates. A small hand-picked subset of Unicode's
 * confusables (UTS #39) limited to one character for one, so that offsets survive the mapping. The
 * normalised view of the contracts leaves these letters alone; matching that must not be fooled by
 * them maps them here.
 */
public final class Confusables {

    private static final Map<Character, Character> LATIN = new HashMap<>();

    static {
        pairs("АAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJԌGԚQԜWӀl");
        pairs("аaеeоoрpсcуyхxѕsіiјjԁdԛqԝwһhӏlѵvԍgьb");
        pairs("ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX");
        pairs("αaοoνvρpιiκkυuχxεeϲcϳj");
        pairs("օoսuոnհhցgզq");
        pairs("ɑaɡgıiȷjɩiʏyᴅdᴋkᴍmᴏoᴘpᴛtᴜuᴠvᴡwᴢz");
    }

    private Confusables() {}

    private static void pairs(String pairs) {
        for (int i = 0; i < pairs.length(); i += 2) {
            LATIN.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
    }

    /** The Latin letter {@code c} imitates, or {@code c} itself. */
    public static char latin(char c) {
        if (c < 0x80) {
            return c;
        }
        Character mapped = LATIN.get(c);
        return mapped == null ? c : mapped;
    }

    /**
     * {@code text} with look-alike letters made Latin and every letter lower case, character for
     * character: the result has the same length, so its offsets are the text's.
     */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (Character.isSurrogate(c)) {
                folded[i] = c;
            } else {
                folded[i] = lower(latin(c));
            }
        }
        return new String(folded);
    }

    // Upper then lower, so that the dotless ı, the long ſ and the final ς meet their usual forms.
    private static char lower(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}

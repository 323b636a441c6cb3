package dev.aegis.pack.llmguard.internal;

/**
 * Letters of other scripts that look like Latin ones (Cyrillic {@code а}, Greek {@code ο}, Armenian
 * {@code օ}, small capitals…), each mapped to the Latin letter it imitates: one table for every
 * scanner of the pack. A hand-picked subset of Unicode's confusables (UTS #39) limited to one character
 * for one, so that offsets survive the mapping. The contracts' normalised view (NFKC) has already made
 * full-width and other compatibility forms ASCII and leaves these letters alone.
 */
public final class Confusables {

    private static final char[] TABLE = new char[0x1E00];

    static {
        // Cyrillic upper, then lower
        pairs("АAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJԌGԚQԜWӀl");
        pairs("аaеeоoрpсcуyхxѕsіiјjԁdԛqԝwһhӏlѵvԍgьbвbкkмmнhтtгrпn");
        // Greek upper, then lower
        pairs("ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX");
        pairs("αaοoνvρpιiκkυuχxεeϲcϳjτtωw");
        // Armenian
        pairs("օoսuոnհhցgզq");
        // Latin letters outside ASCII that NFKC keeps: IPA, dotless, small capitals
        pairs("ɑaɡgıiȷjɩiʏyʟlᴅdᴋkᴍmᴏoᴘpᴛtᴜuᴠvᴡwᴢz");
    }

    private Confusables() {}

    private static void pairs(String pairs) {
        for (int i = 0; i < pairs.length(); i += 2) {
            TABLE[pairs.charAt(i)] = pairs.charAt(i + 1);
        }
    }

    /** The Latin letter {@code c} imitates (in the case the table gives), or 0 when it is not a known look-alike. */
    public static char lookAlike(char c) {
        return c >= 0x80 && c < TABLE.length ? TABLE[c] : 0;
    }

    /** The Latin letter {@code c} imitates, or {@code c} itself. */
    public static char latin(char c) {
        char mapped = lookAlike(c);
        return mapped == 0 ? c : mapped;
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

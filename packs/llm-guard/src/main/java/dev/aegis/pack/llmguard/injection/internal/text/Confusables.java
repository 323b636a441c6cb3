package dev.aegis.pack.llmguard.injection.internal.text;

/**
 * Folds letters of other scripts that look like Latin ones (Cyrillic {@code а}, Greek {@code ο}…) to
 * the Latin letter, lower case, one character for one so offsets stay put. A short table of the
 * look-alikes that matter for matching English, German, French and Spanish phrases, not Unicode's
 * whole confusables list: the normalised view has already made full-width and other compatibility
 * forms ASCII. {@link ScanText} folds a word only when it mixes scripts or is made of look-alikes
 * alone, so Russian or Greek prose keeps its letters.
 */
public final class Confusables {

    private static final String FROM =
            // Cyrillic lower, then upper
            "аеорсухіјѕԁԛԝһӏвкмнтьгп"
            + "АЕОРСУХІЈЅВКМНТ"
            // Greek lower, then upper
            + "αοριυνκτχεω"
            + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
            // Latin look-alikes outside ASCII that NFKC keeps
            + "ıɑɡʟ";
    private static final String TO =
            "aeopcyxijsdqwhlbkmhtbrn"
            + "aeopcyxijsbkmht"
            + "aopiuvktxew"
            + "abezhikmnoptyx"
            + "iagl";

    private static final char[] TABLE = new char[0x2000];

    static {
        if (FROM.length() != TO.length()) {
            throw new IllegalStateException("confusables table out of step: " + FROM.length() + " vs " + TO.length());
        }
        for (int i = 0; i < FROM.length(); i++) {
            TABLE[FROM.charAt(i)] = TO.charAt(i);
        }
    }

    private Confusables() {}

    /** The Latin letter {@code c} looks like, or 0 when it is not a known look-alike. */
    public static char latin(char c) {
        return c >= 0x80 && c < TABLE.length ? TABLE[c] : 0;
    }
}

package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.api.guard.NormalizedText;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text under scan, with what several recognizers derive from it computed once: its lower-case
 * form for keyword pre-checks and its words for the name and place recognizers. Cheap pre-checks let
 * a recognizer skip a text that cannot hold what it looks for (no '@', no digit, no "born").
 *
 * <p>Recognizers read the normalised view of the content (invisible characters removed, whitespace
 * folded, NFKC, ASCII digits); where a line broke in the original is still known, for the name
 * recognizers, which do not join words across lines.
 */
public final class ScanText {

    private final String text;
    private final NormalizedText view;
    private String lower;
    private Words words;
    private int[] digitRuns;
    private int digitRunCount = -1;

    /** A text scanned as it is. */
    public ScanText(String text) {
        this.text = text;
        this.view = null;
    }

    /** The normalised text of {@code view}. */
    public ScanText(NormalizedText view) {
        this.text = view.text();
        this.view = view;
    }

    public String text() {
        return text;
    }

    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    Words words() {
        if (words == null) {
            words = Words.of(text, this::lineBreakAt);
        }
        return words;
    }

    /** Whether the character at {@code i} is a line break, or a space folded from whitespace that held one. */
    boolean lineBreakAt(int i) {
        char c = text.charAt(i);
        if (c != ' ' || view == null || view.unchanged()) {
            return c == '\n' || c == '\r';
        }
        String original = view.original();
        for (int k = view.originalStart(i); k < view.originalEnd(i + 1); k++) {
            char folded = original.charAt(k);
            if (folded == '\n' || folded == '\r' || folded == '\u2028' || folded == '\u2029' || folded == '\u0085' || folded == '\u000B' || folded == '\f') {
                return true;
            }
        }
        return false;
    }

    boolean hasDigit() {
        return digitRunCount() > 0;
    }

    /** How many runs of digits the text has. */
    int digitRunCount() {
        if (digitRunCount < 0) {
            findDigitRuns();
        }
        return digitRunCount;
    }

    /** Where the {@code i}-th run of digits starts: numbers of every kind begin there or a few characters before. */
    int digitRun(int i) {
        return digitRuns[i];
    }

    private void findDigitRuns() {
        int[] runs = new int[8];
        int count = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digit && !inRun) {
                if (count == runs.length) {
                    runs = Arrays.copyOf(runs, count * 2);
                }
                runs[count++] = i;
            }
            inRun = digit;
        }
        digitRuns = runs;
        digitRunCount = count;
    }

    /** Whether the lower-case text contains any of {@code stems} (given in lower case). */
    boolean mentions(String... stems) {
        String lowerCase = lower();
        for (String stem : stems) {
            if (lowerCase.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}

package dev.aegis.pack.pii.internal.recognize;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries a pattern only near the runs of digits of a text rather than at each of its positions:
 * a card, a phone number or a house number starts at (or just before) one, and a continental street
 * ends in one. A text of a thousand characters has a few dozen such runs, so a recognizer costs a
 * few dozen anchored attempts instead of a thousand.
 */
final class Anchored {

    private Anchored() {}

    /**
     * Each match that starts at most {@code lead} characters before a run of digits (a '+', a
     * parenthesis, a letter prefix), left to right and not overlapping.
     */
    static void startingAt(ScanText scan, Pattern pattern, int lead, Consumer<Matcher> each) {
        String text = scan.text();
        Matcher matcher = null;
        int matchedUpTo = 0;
        for (int run = 0; run < scan.digitRunCount(); run++) {
            int digits = scan.digitRun(run);
            for (int start = Math.max(matchedUpTo, digits - lead); start <= digits; start++) {
                matcher = matcher == null ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : matcher;
                if (matcher.region(start, text.length()).lookingAt()) {
                    each.accept(matcher);
                    matchedUpTo = matcher.end();
                    break;
                }
            }
        }
    }

    /** Each match found within {@code before} characters before a run of digits and the run itself, not overlapping. */
    static void endingAt(ScanText scan, Pattern pattern, int before, Consumer<Matcher> each) {
        String text = scan.text();
        Matcher matcher = null;
        int matchedUpTo = 0;
        for (int run = 0; run < scan.digitRunCount(); run++) {
            int digits = scan.digitRun(run);
            if (digits < matchedUpTo) {
                continue;
            }
            matcher = matcher == null ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : matcher;
            matcher.region(Math.max(matchedUpTo, digits - before), Math.min(text.length(), digits + 8));
            while (matcher.find()) {
                each.accept(matcher);
                matchedUpTo = matcher.end();
            }
        }
    }
}

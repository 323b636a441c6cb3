package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;

/**
 * IBANs, compact or printed in groups of four: two letters and two check digits at a word's start,
 * the country's length from the registry, then the mod-97 check. The candidate is cut at the
 * country's length, so a word that follows is not swallowed.
 */
public final class IbanRecognizer implements Recognizer {

    @Override
    public void find(ScanText scan, List<Span> found) {
        if (!scan.hasDigit()) {
            return;
        }
        String text = scan.text();
        for (int start = 0; start + 15 <= text.length(); start++) {
            if (!startsIban(text, start)) {
                continue;
            }
            int length = IbanLengths.of(country(text, start));
            int end = length == 0 ? -1 : endOf(text, start, length);
            if (end > 0 && Checksums.ibanMod97(compact(text, start, end))) {
                found.add(new Span(start, end, EntityType.IBAN, 0.98));
                start = end;
            }
        }
    }

    // Two ASCII letters, two digits, at the start of a word.
    private static boolean startsIban(String text, int i) {
        return asciiLetter(text.charAt(i)) && asciiLetter(text.charAt(i + 1)) && digit(text.charAt(i + 2)) && digit(text.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-' && text.charAt(i - 1) != '_');
    }

    private static String country(String text, int start) {
        return new String(new char[] {Character.toUpperCase(text.charAt(start)), Character.toUpperCase(text.charAt(start + 1))});
    }

    // Just past the length-th letter or digit (single spaces allowed between them), or -1 when the
    // text runs out first or the run goes on past that length.
    private static int endOf(String text, int start, int length) {
        int count = 0;
        int i = start;
        while (i < text.length() && count < length) {
            char c = text.charAt(i);
            if (asciiLetter(c) || digit(c)) {
                count++;
            } else if (c != ' ' || i + 1 >= text.length() || text.charAt(i + 1) == ' ') {
                return -1;
            }
            i++;
        }
        if (count < length || i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    private static String compact(String text, int start, int end) {
        StringBuilder iban = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                iban.append(Character.toUpperCase(c));
            }
        }
        return iban.toString();
    }

    private static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}

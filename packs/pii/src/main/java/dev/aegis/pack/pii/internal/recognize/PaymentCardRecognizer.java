package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, whole or in groups split by one kind of separator (a space,
 * a dash, a dot, an underscore or a slash), that pass the Luhn check and start with a prefix a card
 * network issues at that length.
 */
public final class PaymentCardRecognizer implements Recognizer {

    // Taken only as a whole run of digits, never a piece of a longer number.
    private static final Pattern CANDIDATE = Pattern.compile("\\d(?<![\\w.,+-]\\d)(?<!\\d[ ._/-]\\d)(?:[ ._/-]?\\d){12,18}(?!\\w)(?![ ._/-]\\d)");
    private static final Context CARD_WORDS = new Context(
            "card|credit|debit|visa|master card|mastercard|amex|american express|discover|diners|jcb|maestro|unionpay|cc|pan|payment|paid|pay"
                    + "|kreditkarte|karte|carte|tarjeta|carta", 48);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Anchored.startingAt(scan, CANDIDATE, 0, card -> {
            int start = card.start();
            int end = card.end();
            String digits = Checksums.digits(text, start, end);
            if (groupedLikeACard(text, start, end) && issued(digits) && Checksums.luhn(digits)) {
                boolean grouped = digits.length() != end - start;
                double confidence = grouped || CARD_WORDS.before(text, start) ? 0.97 : 0.9;
                found.add(new Span(start, end, EntityType.CREDIT_CARD, confidence));
            }
        });
    }

    // One separator kind; a first group of four and groups of three to six (4-4-4-4, 4-6-5, 4-6-4).
    // Dates, versions and IP addresses never start with a group of four followed by groups of three or more.
    private static boolean groupedLikeACard(String text, int start, int end) {
        char separator = 0;
        int group = 0;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '_' || c == '/') {
                if (separator != 0 && c != separator || first && group != 4 || group < 3 || group > 6) {
                    return false;
                }
                separator = c;
                first = false;
                group = 0;
            } else {
                group++;
            }
        }
        return separator == 0 || group >= 3 && group <= 6;
    }

    /** Whether a network issues numbers of this length with this prefix (IIN ranges, simplified). */
    static boolean issued(String digits) {
        int length = digits.length();
        int two = Integer.parseInt(digits, 0, 2, 10);
        int four = Integer.parseInt(digits, 0, 4, 10);
        return switch (digits.charAt(0)) {
            case '4' -> length == 13 || length == 16 || length == 19;
            case '2' -> four >= 2221 && four <= 2720 && length == 16 || four >= 2200 && four <= 2204 && length >= 16;
            case '3' -> issuedThree(two, four, length);
            case '5' -> two >= 51 && two <= 55 ? length == 16 : length >= 13;
            case '6' -> length >= 16 || two == 63 || two == 67;
            default -> false;
        };
    }

    private static boolean issuedThree(int two, int four, int length) {
        if (two == 34 || two == 37) {
            return length == 15;
        }
        boolean diners = four >= 3000 && four <= 3059 || two == 36 || two == 38 || two == 39;
        if (length == 14) {
            return diners || four >= 3090 && four <= 3099;
        }
        boolean jcb = four >= 3528 && four <= 3589 || four >= 3088 && four <= 3120 || four >= 3158 && four <= 3159 || four >= 3337 && four <= 3349;
        return (diners || jcb) && length >= 16;
    }
}

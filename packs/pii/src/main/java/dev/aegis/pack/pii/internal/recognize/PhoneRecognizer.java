package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in three shapes: international ({@code +44 20 7946 0958}, E.164 {@code +4915112345678}),
 * North American ({@code (555) 123-4567}, {@code 555.123.4567}) and national with a trunk zero
 * ({@code 020 7946 0958}, {@code 01 23 45 67 89}). A candidate is always a whole run of digit groups,
 * never the piece of a longer number, date or IP address. National numbers need consistent separators
 * or a word like "phone" to count; words like "order" or "invoice" rule unprefixed numbers out.
 */
public final class PhoneRecognizer implements Recognizer {

    // a cheap first check (a digit or parenthesis), then what may not come before
    private static final String START = "(?=[\\d(+])(?<![\\w+.,/#-])(?<!\\d[ .-])";
    // named, so the number's own digits can be counted without it
    private static final String EXTENSION = "(?<ext>\\s?(?:x|ext\\.?|extension)\\s?\\d{1,5})?";
    private static final String END = EXTENSION + "(?![\\w]|[.,/-]?\\d| \\d)";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            START + "\\+[1-9]\\d{0,3}(?:[ .-]?\\(0\\))?(?:[ .-]?(?:\\(\\d{1,5}\\)|\\d{1,8})){1,7}" + END);
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            START + "(?:1[ .-])?(?:\\([2-9]\\d{2}\\)[ .-]?\\d{3}[ .-]\\d{4}|[2-9]\\d{2}([ .-])\\d{3}\\1\\d{4})" + END);
    private static final Pattern NATIONAL = Pattern.compile(
            START + "(?:\\(0\\d{1,4}\\) ?\\d{2,8}(?:[ -]\\d{2,4}){0,3}|0\\d{1,4}(?:[ ./-]\\d{2,8}){1,4}|0\\d{8,11}|[2-9]\\d{9})" + END);
    private static final Context PHONE_WORDS = new Context(
            "phone|tel|telephone|mobile|cell|cellphone|call|ring|text me|texting|sms|fax|whatsapp|signal|contact|reach|dial|number|no"
                    + "|nummer|telefon|telefonnummer|handy|mobil|téléphone|tél|portable|teléfono|móvil|telefono|cellulare|telefoonnummer|mobiel",
            32);
    private static final Context OTHER_NUMBER_WORDS = new Context(
            "order|invoice|ref|reference|tracking|ticket|case|sku|serial|account|acct|transaction|booking|confirmation|id|isbn"
                    + "|customer|item|part|batch|lot|policy|claim|member|iban|card|bestellung|rechnung|kundennummer",
            24);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        if (text.indexOf('+') >= 0) {
            Anchored.startingAt(scan, INTERNATIONAL, 1, phone -> {
                int digits = Checksums.digits(text, phone.start(), numberEnd(phone)).length();
                if (digits >= 8 && digits <= 15) {
                    double confidence = PHONE_WORDS.before(text, phone.start()) ? 0.95 : 0.9;
                    found.add(new Span(phone.start(), phone.end(), EntityType.PHONE, confidence));
                }
            });
        }
        Anchored.startingAt(scan, NORTH_AMERICAN, 1, phone -> {
            if (!OTHER_NUMBER_WORDS.before(text, phone.start())) {
                double confidence = PHONE_WORDS.before(text, phone.start()) ? 0.95 : 0.85;
                found.add(new Span(phone.start(), phone.end(), EntityType.PHONE, confidence));
            }
        });
        Anchored.startingAt(scan, NATIONAL, 1, phone -> {
            double confidence = nationalConfidence(text, phone.start(), numberEnd(phone));
            if (confidence > 0) {
                found.add(new Span(phone.start(), phone.end(), EntityType.PHONE, confidence));
            }
        });
    }

    private static int numberEnd(Matcher matcher) {
        return matcher.start("ext") >= 0 ? matcher.start("ext") : matcher.end();
    }

    private static double nationalConfidence(String text, int start, int end) {
        int digits = Checksums.digits(text, start, end).length();
        if (digits < 9 || digits > 12 || OTHER_NUMBER_WORDS.before(text, start)) {
            return 0;
        }
        boolean context = PHONE_WORDS.before(text, start);
        int separators = separators(text, start, end);
        if (separators < 0) {
            return context ? 0.7 : 0;
        }
        if (context) {
            return 0.9;
        }
        if (separators == 0 || text.charAt(start) != '0' && text.charAt(start) != '(') {
            return 0.3;
        }
        return digits >= 10 ? 0.7 : 0.45;
    }

    // How many separators, or -1 when they are mixed: "020 7946 0958" and "030/1234-567" hold
    // together, "01/02/2024 12" does not. A slash or a closing parenthesis may come first.
    private static int separators(String text, int start, int end) {
        char kind = 0;
        int count = 0;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '.' || c == '-' || c == '/') {
                if (text.charAt(i - 1) == ')') {
                    continue;
                }
                count++;
                if (first) {
                    first = false;
                    if (c == '/') {
                        continue;
                    }
                }
                if (kind != 0 && c != kind) {
                    return -1;
                }
                kind = c;
            } else if (c == ')') {
                count++;
                first = false;
            } else if (!Character.isDigit(c) && c != '(') {
                break;
            }
        }
        return count;
    }
}

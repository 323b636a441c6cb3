package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * German tax identification numbers (Steuer-IdNr): eleven digits, no leading zero, one digit repeated
 * two or three times among the first ten, and an ISO 7064 MOD 11,10 check digit. Eleven-digit
 * numbers are common, so without words like "Steuer-ID" nearby the finding stays below the default threshold.
 */
public final class GermanTaxIdRecognizer implements Recognizer {

    private static final Pattern CANDIDATE = Pattern.compile("\\d(?<![\\w.-]\\d)(?<!\\d \\d)(?:\\d{10}|\\d \\d{3} \\d{3} \\d{3})(?![\\w]|[.-]\\d| \\d)");
    private static final Context TAX_WORDS = new Context(
            "steuer id|steuerid|steuer idnr|steueridnr|steuer identifikationsnummer|steueridentifikationsnummer|identifikationsnummer|idnr|tin|tax id|tax identification number|steuernummer", 48);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Anchored.startingAt(scan, CANDIDATE, 0, id -> {
            String digits = Checksums.digits(text, id.start(), id.end());
            if (digits.charAt(0) != '0' && repeatsOneDigit(digits) && Checksums.iso7064Mod11x10(digits)) {
                double confidence = TAX_WORDS.before(text, id.start()) ? 0.92 : 0.4;
                found.add(new Span(id.start(), id.end(), EntityType.NATIONAL_ID, confidence));
            }
        });
    }

    // Among the first ten digits exactly one occurs twice or three times; the others at most once.
    private static boolean repeatsOneDigit(String digits) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digits.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            if (count > 1) {
                repeated++;
            }
        }
        return repeated == 1;
    }
}

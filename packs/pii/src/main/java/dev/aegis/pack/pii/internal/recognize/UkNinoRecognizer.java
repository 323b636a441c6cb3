package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UK National Insurance numbers ({@code QQ 12 34 56 C}): two prefix letters from the allowed sets and
 * not one of the reserved pairs, six digits, a suffix A-D. No checksum exists; the shape is specific.
 */
public final class UkNinoRecognizer implements Recognizer {

    private static final Pattern NINO = Pattern.compile(
            "(?=[A-Z][A-Z] ?\\d)(?<![\\w-])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![\\w-])");
    private static final Context NINO_WORDS = new Context("ni|nino|national insurance", 40);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Anchored.startingAt(scan, NINO, 3, nino -> {
            double confidence = NINO_WORDS.before(text, nino.start()) ? 0.95 : 0.85;
            found.add(new Span(nino.start(), nino.end(), EntityType.NATIONAL_ID, confidence));
        });
    }
}

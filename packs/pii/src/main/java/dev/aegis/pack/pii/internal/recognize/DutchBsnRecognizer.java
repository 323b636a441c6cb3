package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dutch citizen service numbers (BSN): nine digits passing the eleven-proof. One number in eleven
 * passes by chance, so it counts only next to words like "BSN".
 */
public final class DutchBsnRecognizer implements Recognizer {

    private static final Pattern CANDIDATE = Pattern.compile("\\d(?<![\\w.-]\\d)(?<!\\d \\d)(?:\\d{8}|\\d{3}\\.\\d{2}\\.\\d{3}|\\d{2}[ .]\\d{3}[ .]\\d{3})(?![\\w]|[.-]\\d| \\d)");
    private static final Context BSN_WORDS = new Context("bsn|burgerservicenummer|burgerservice nummer|sofinummer|sofi nummer|citizen service number", 48);

    @Override
    public void find(ScanText scan, List<Span> found) {
        if (!scan.mentions("bsn", "burgerservice", "sofi", "citizen service")) {
            return;
        }
        String text = scan.text();
        Anchored.startingAt(scan, CANDIDATE, 0, bsn -> {
            if (Checksums.elevenProof(Checksums.digits(text, bsn.start(), bsn.end())) && BSN_WORDS.before(text, bsn.start())) {
                found.add(new Span(bsn.start(), bsn.end(), EntityType.NATIONAL_ID, 0.92));
            }
        });
    }
}

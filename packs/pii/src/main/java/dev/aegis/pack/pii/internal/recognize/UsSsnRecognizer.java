package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * US Social Security numbers: {@code AAA-GG-SSSS} with a valid area (not 000, 666 or 900-999), group
 * (not 00) and serial (not 0000). Undashed nine digits count only next to words like "SSN".
 */
public final class UsSsnRecognizer implements Recognizer {

    private static final Pattern CANDIDATE = Pattern.compile("(\\d(?<![\\w.-]\\d)(?<!\\d \\d)\\d{2})([- ]?)(\\d{2})\\2(\\d{4})(?![\\w]|[.-]\\d| \\d)");
    private static final Context SSN_WORDS = new Context("ssn|ss|social security|social|taxpayer|itin|tin", 40);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Anchored.startingAt(scan, CANDIDATE, 0, ssn -> {
            if (valid(ssn.group(1), ssn.group(3), ssn.group(4))) {
                boolean context = SSN_WORDS.before(text, ssn.start());
                double confidence = switch (ssn.group(2)) {
                    case "-" -> context ? 0.97 : 0.85;
                    case " " -> context ? 0.9 : 0.4;
                    default -> context ? 0.85 : 0.2;
                };
                found.add(new Span(ssn.start(), ssn.end(), EntityType.US_SSN, confidence));
            }
        });
    }

    static boolean valid(String area, String group, String serial) {
        int areaNumber = Integer.parseInt(area);
        return areaNumber != 0 && areaNumber != 666 && areaNumber < 900
                && !group.equals("00") && !serial.equals("0000")
                // published in advertising and used by thousands: never anyone's own
                && !(area + group + serial).equals("078051120") && !(area + group + serial).equals("219099999");
    }
}

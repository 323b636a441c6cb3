package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spanish DNI ({@code 12345678Z}) and NIE ({@code X1234567L}) numbers, whose letter is a check
 * character: the number modulo 23 indexes {@value #LETTERS}.
 */
public final class SpanishIdRecognizer implements Recognizer {

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("(?=[\\dXYZ])(?<![\\w-])(?:([XYZ])[- ]?(\\d{7})|(\\d{8}))[- ]?([A-HJ-NP-TV-Z])(?![\\w-])");

    @Override
    public void find(ScanText scan, List<Span> found) {
        Anchored.startingAt(scan, DNI, 2, id -> {
            String number = id.group(3) != null ? id.group(3) : "XYZ".indexOf(id.group(1).charAt(0)) + id.group(2);
            if (LETTERS.charAt(Integer.parseInt(number) % 23) == id.group(4).charAt(0)) {
                found.add(new Span(id.start(), id.end(), EntityType.NATIONAL_ID, 0.92));
            }
        });
    }
}

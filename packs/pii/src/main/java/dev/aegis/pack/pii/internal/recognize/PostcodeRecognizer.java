package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes: UK ({@code SW1A 1AA}), US ZIP+4 ({@code 12345-6789}) or ZIP after a state
 * ({@code NY 10001}), and five-digit codes before a known place ({@code 10115 Berlin},
 * {@code 75008 Paris}) or after words like "zip" or "PLZ". Bare five-digit numbers are not taken.
 */
public final class PostcodeRecognizer implements Recognizer {

    private static final Pattern UK = Pattern.compile("(?=[A-Z])(?<![\\w-])[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}(?![\\w-])");
    private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("(?=\\d)(?<![\\w.-])\\d{5}-\\d{4}(?![\\w]|-\\d)");
    private static final Pattern STATE_ZIP = Pattern.compile(
            "(?=[A-Z][A-Z],? \\d)\\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? (\\d{5})(?![\\w-])");
    private static final Pattern FIVE_DIGITS = Pattern.compile("(?=[\\dDFIE])(?<![\\w.,-])(?:D-|F-|I-|E-)?\\d{5}(?![\\w]|[.,-]\\d)");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)");
    private static final Context POSTCODE_WORDS = new Context("zip|zip code|zipcode|postcode|post code|postal code|plz|postleitzahl|code postal", 24);

    private final Predicate<String> isPlace;

    public PostcodeRecognizer(Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    // "New York" as a whole, "Berlin" of "Berlin Mitte"
    private boolean place(String words) {
        int space = words.indexOf(' ');
        return isPlace.test(words) || space > 0 && isPlace.test(words.substring(0, space));
    }

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Anchored.startingAt(scan, UK, 2, uk -> {
            boolean spaced = uk.group().indexOf(' ') > 0;
            double confidence = POSTCODE_WORDS.before(text, uk.start()) ? 0.92 : spaced ? 0.75 : 0.45;
            found.add(new Span(uk.start(), uk.end(), EntityType.POSTCODE, confidence));
        });
        Anchored.startingAt(scan, ZIP_PLUS_FOUR, 0, zip -> found.add(new Span(zip.start(), zip.end(), EntityType.POSTCODE, 0.85)));
        Anchored.startingAt(scan, STATE_ZIP, 4, zip -> found.add(new Span(zip.start(1), zip.end(1), EntityType.POSTCODE, 0.85)));
        Matcher next = NEXT_WORD.matcher(text);
        Anchored.startingAt(scan, FIVE_DIGITS, 2, five -> {
            boolean beforePlace = next.region(five.end(), text.length()).lookingAt() && place(next.group(1));
            boolean context = POSTCODE_WORDS.before(text, five.start());
            if (beforePlace || context) {
                found.add(new Span(five.start(), five.end(), EntityType.POSTCODE, beforePlace && context ? 0.95 : 0.85));
            }
        });
    }
}

package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.time.Year;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a valid date, numeric ({@code 12/03/1985}, {@code 1985-03-12}) or written out
 * ({@code 12 March 1985}, {@code March 12, 1985}, {@code 12. März 1985}), close after a word like
 * born, DOB, birthday or date of birth. Other dates are not personal data and are left alone.
 */
public final class DateOfBirthRecognizer implements Recognizer {

    private static final String MONTHS = "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?"
            + "|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?"
            + "|januar|februar|märz|mai|juni|juli|oktober|dezember"
            + "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";
    private static final Pattern DATE = Pattern.compile("(?iu)(?<![\\w./-])(?:"
            + "(?<d1>\\d{1,2})(?<s1>[./-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{4}|\\d{2})"
            + "|(?<y2>\\d{4})-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})"
            + "|(?<d3>\\d{1,2})(?:st|nd|rd|th|\\.)?(?: of| de)? (?<mn3>" + MONTHS + "),?(?: de)? (?<y3>\\d{4})"
            + "|(?<mn4>" + MONTHS + ") (?<d4>\\d{1,2})(?:st|nd|rd|th)?,? (?<y4>\\d{4})"
            + ")(?![\\w]|[./-]\\d)");
    /** Lower-case stems of the birth words, for the pre-check that skips texts without any. */
    private static final String[] BIRTH_STEMS = {"born", "birth", "dob", "d.o.b", "geb", "né", "naissance", "nacid", "nato", "nata", "nascita"};
    private static final Context BIRTH_WORDS = new Context(
            "born|birth|birthday|birthdate|dob|d o b|date of birth|b"
                    + "|geboren|geb|geburtsdatum|geburtstag|né|née|naissance|date de naissance"
                    + "|nacido|nacida|fecha de nacimiento|nato|nata|data di nascita|geboortedatum|geboren op",
            40);

    @Override
    public void find(ScanText scan, List<Span> found) {
        if (!scan.hasDigit() || !scan.mentions(BIRTH_STEMS)) {
            return;
        }
        String text = scan.text();
        String lower = scan.lower();
        Matcher matcher = DATE.matcher(text).useTransparentBounds(true);
        // a date counts only after a birth word, so only the stretch after each one is searched
        for (String stem : BIRTH_STEMS) {
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
                matcher.region(at, Math.min(text.length(), at + stem.length() + 40 + 32));
                while (matcher.find()) {
                    if (plausible(matcher) && BIRTH_WORDS.before(text, matcher.start()) && found.stream().noneMatch(same(matcher))) {
                        found.add(new Span(matcher.start(), matcher.end(), EntityType.DATE_OF_BIRTH, 0.9));
                    }
                }
            }
        }
    }

    private static Predicate<Span> same(Matcher matcher) {
        int start = matcher.start();
        return span -> span.start() == start && span.type() == EntityType.DATE_OF_BIRTH;
    }

    private static boolean plausible(Matcher date) {
        if (date.group("d1") != null) {
            int first = Integer.parseInt(date.group("d1"));
            int second = Integer.parseInt(date.group("m1"));
            // day-month or month-day: either order will do when both read as a date
            boolean dayMonth = first >= 1 && first <= 31 && second >= 1 && second <= 12;
            boolean monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
            return (dayMonth || monthDay) && year(date.group("y1"));
        }
        if (date.group("y2") != null) {
            return month(date.group("m2")) && day(date.group("d2")) && year(date.group("y2"));
        }
        if (date.group("d3") != null) {
            return day(date.group("d3")) && year(date.group("y3"));
        }
        return day(date.group("d4")) && year(date.group("y4"));
    }

    private static boolean year(String text) {
        int year = Integer.parseInt(text);
        return text.length() == 2 || year >= 1900 && year <= Year.now().getValue();
    }

    private static boolean month(String text) {
        int month = Integer.parseInt(text);
        return month >= 1 && month <= 12;
    }

    private static boolean day(String text) {
        int day = Integer.parseInt(text);
        return day >= 1 && day <= 31;
    }
}

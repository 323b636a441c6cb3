package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses written the English way: a house number, one to three capitalized words and a
 * street suffix from the packaged list ({@code 221B Baker Street}, {@code 1600 Pennsylvania Ave NW},
 * {@code 42 Elm Rd, Apt 4}), with an optional direction and unit. The suffix is looked up in a set
 * rather than alternated in a pattern of two hundred words.
 */
public final class StreetAddressRecognizer implements Recognizer {

    private static final Pattern NUMBER = Pattern.compile(
            "(?=\\d)(?<![\\w.,/-])\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,? (?:(?:[NSEW]\\.?|North|South|East|West) )?(?=[A-Z0-9])");
    private static final Pattern TAIL = Pattern.compile(
            "(?: (?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?(?<unit>,? (?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Fl\\.?|Floor|Room|Rm\\.?|#) ?#?[\\w-]{1,6})?");
    private static final Context ADDRESS_WORDS = new Context(
            "address|live at|lives at|living at|located at|ship to|shipping|deliver to|delivery|send to|mail to|billing|residence|home", 40);
    private static final int MOST_WORDS = 4;

    private final Set<String> streetSuffixes;

    public StreetAddressRecognizer(Set<String> streetSuffixes) {
        this.streetSuffixes = Set.copyOf(streetSuffixes);
    }

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Matcher tail = TAIL.matcher(text);
        Anchored.startingAt(scan, NUMBER, 0, number -> {
            int streetEnd = streetEnd(text, number.end());
            if (streetEnd > 0) {
                tail.region(streetEnd, text.length()).lookingAt();
                boolean strong = tail.group("unit") != null || ADDRESS_WORDS.before(text, number.start());
                found.add(new Span(number.start(), tail.end(), EntityType.ADDRESS, strong ? 0.92 : 0.8));
            }
        });
    }

    // Just past the last street suffix among the next words (the street's name comes first, so not
    // the first word), or -1: "Park Avenue" ends after Avenue, though Park is a suffix as well.
    private int streetEnd(String text, int from) {
        int end = -1;
        int start = from;
        for (int word = 0; word < MOST_WORDS && start < text.length(); word++) {
            int stop = start;
            while (stop < text.length() && wordCharacter(text.charAt(stop))) {
                stop++;
            }
            int bare = stop > start && text.charAt(stop - 1) == '.' ? stop - 1 : stop;
            if (word > 0 && bare > start && Character.isUpperCase(text.charAt(start)) && streetSuffixes.contains(text.substring(start, bare))) {
                end = stop;
            }
            boolean capitalized = Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start));
            if (!capitalized || stop >= text.length() || text.charAt(stop) != ' ' || stop + 1 >= text.length()) {
                break;
            }
            start = stop + 1;
        }
        return end;
    }

    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == '-';
    }
}

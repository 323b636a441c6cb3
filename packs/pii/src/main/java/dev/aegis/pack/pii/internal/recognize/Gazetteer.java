package dev.aegis.pack.pii.internal.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The packaged lists the name and place recognizers look words up in: first and last names and
 * places per locale, places of the world, street suffixes, and a stop-list of capitalized words that
 * are rarely names ("Monday", "Thanks", "Team"). Built in the repository from datafaker's lists and
 * hand-written ones (see the pack's README); loaded once per set of locales and shared.
 */
public final class Gazetteer {

    private static final Map<List<String>, Gazetteer> LOADED = new ConcurrentHashMap<>();

    private final Set<String> firstNames;
    private final Set<String> lastNames;
    private final Set<String> places;
    private final Set<String> stopWords;
    private final Set<String> streetSuffixes;
    private final Set<String> placeStarts;
    private final int longestPlace;

    private Gazetteer(Set<String> firstNames, Set<String> lastNames, Set<String> places, Set<String> stopWords, Set<String> streetSuffixes) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.places = places;
        this.stopWords = stopWords;
        this.streetSuffixes = streetSuffixes;
        this.placeStarts = places.stream().filter(place -> place.indexOf(' ') > 0).map(place -> place.substring(0, place.indexOf(' ')))
                .collect(Collectors.toUnmodifiableSet());
        this.longestPlace = places.stream().mapToInt(place -> place.split(" ").length).max().orElse(1);
    }

    /** The lists of {@code locales} (e.g. {@code en}, {@code de}) and the locale-free ones. */
    public static Gazetteer load(List<String> locales) {
        return LOADED.computeIfAbsent(List.copyOf(locales), Gazetteer::read);
    }

    private static Gazetteer read(List<String> locales) {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (String locale : locales) {
            WordLists.load(locale + "/first-names.txt", first);
            WordLists.load(locale + "/last-names.txt", last);
            WordLists.load(locale + "/places.txt", places);
        }
        WordLists.load("world/places.txt", places);
        return new Gazetteer(Set.copyOf(first), Set.copyOf(last), Set.copyOf(places),
                WordLists.load("stop-words.txt"), WordLists.load("street-suffixes.txt"));
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    public boolean isLastName(String word) {
        return lastNames.contains(word);
    }

    /** A place as written, words separated by one space: {@code Rio de Janeiro}. */
    public boolean isPlace(String phrase) {
        return places.contains(phrase);
    }

    /** Whether some place of more than one word starts with {@code word}: only then are longer phrases looked up. */
    public boolean startsPlace(String word) {
        return placeStarts.contains(word);
    }

    /** A capitalized word that is rarely a name; the list is in title case, as the words are looked up. */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    public Set<String> streetSuffixes() {
        return streetSuffixes;
    }

    /** The most words a place name has. */
    public int longestPlace() {
        return longestPlace;
    }
}

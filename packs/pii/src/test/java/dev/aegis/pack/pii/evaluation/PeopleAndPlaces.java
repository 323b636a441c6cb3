package dev.aegis.pack.pii.evaluation;

import dev.aegis.pack.pii.PiiMaskConfig;
import dev.aegis.pack.pii.gazetteer.DatafakerLists;
import dev.aegis.pack.pii.gazetteer.GazetteerGenerator;
import dev.aegis.pack.pii.gazetteer.GazetteerSources;
import dev.aegis.pack.pii.internal.recognize.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.datafaker.Faker;

/**
 * Names and places for the evaluation corpus, drawn with their own seed. "Known" ones come from the
 * same datafaker lists the gazetteer was built from (in distribution: the corpus measures the
 * gazetteer approach on names it has seen, in sentences it has not); "unseen" ones from locales the
 * gazetteer does not load, with every name or place it knows removed.
 */
final class PeopleAndPlaces {

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de", "fr", "es", "it", "nl", "pt", "pl", "sv");

    private final Random random;
    private final List<Faker> fakers = new ArrayList<>();
    private final List<String> places;
    private final List<String> unseenFirstNames;
    private final List<String> unseenLastNames;
    private final List<String> unseenPlaces;

    PeopleAndPlaces(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < LOCALES.size(); i++) {
            fakers.add(new Faker(Locale.forLanguageTag(LOCALES.get(i)), new Random(seed + i + 1)));
        }
        this.places = PiiMaskConfig.SUPPORTED_LOCALES.stream()
                .flatMap(locale -> GazetteerGenerator.places(GazetteerSources.PLACES.get(locale)).stream())
                .sorted().toList();
        Gazetteer gazetteer = Gazetteer.load(PiiMaskConfig.SUPPORTED_LOCALES);
        List<String> heldOut = GazetteerGenerator.names(GazetteerSources.HELD_OUT_NAMES).stream()
                .filter(name -> !gazetteer.isFirstName(name) && !gazetteer.isLastName(name) && !gazetteer.isStopWord(name) && !gazetteer.isPlace(name))
                .toList();
        this.unseenFirstNames = heldOut.subList(0, heldOut.size() / 2);
        this.unseenLastNames = heldOut.subList(heldOut.size() / 2, heldOut.size());
        this.unseenPlaces = Stream.of("tr.yml", "cs.yml", "id.yml", "lv.yml", "sk.yml")
                .flatMap(file -> DatafakerLists.list(file, "address.city_name").stream())
                .filter(place -> place.matches("\\p{Lu}[\\p{L}\\p{M}-]+") && !gazetteer.isPlace(place) && !gazetteer.isFirstName(place)
                        && !gazetteer.isLastName(place) && !gazetteer.isStopWord(place))
                .sorted().toList();
    }

    private Faker faker() {
        return fakers.get(random.nextInt(fakers.size()));
    }

    String firstName() {
        return capitalized(() -> faker().name().firstName());
    }

    String lastName() {
        return capitalized(() -> faker().name().lastName());
    }

    String fullName() {
        Faker faker = faker();
        return capitalized(() -> faker.name().firstName()) + " " + capitalized(() -> faker.name().lastName());
    }

    String place() {
        return places.get(random.nextInt(places.size()));
    }

    String unseenFullName() {
        return pick(unseenFirstNames) + " " + pick(unseenLastNames);
    }

    String unseenFirstName() {
        return pick(unseenFirstNames);
    }

    String unseenPlace() {
        return pick(unseenPlaces);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    // datafaker has a few double names ("José Luis", "de la Cruz"); one capitalized word keeps the gold span simple
    private static String capitalized(Supplier<String> names) {
        while (true) {
            String name = names.get().strip();
            int space = name.indexOf(' ');
            String word = space < 0 ? name : name.substring(0, space);
            if (word.length() > 1 && Character.isUpperCase(word.charAt(0))) {
                return word;
            }
        }
    }
}

package dev.aegis.pack.pii.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * Which of datafaker's lists make up each packaged list. Locales the runtime does not load are kept
 * out on purpose: the evaluation draws its "unseen names" from them ({@link #HELD_OUT_NAMES}).
 *
 * @param file a datafaker YAML file
 * @param path the list's key under {@code faker}
 */
public record GazetteerSources(String file, String path) {

    /** First names per packaged locale. */
    public static final Map<String, List<GazetteerSources>> FIRST_NAMES = Map.of(
            "en", List.of(of("en/name.yml", "name.male_first_name"), of("en/name.yml", "name.female_first_name"),
                    of("en-AU.yml", "name.first_name"), of("en-NZ.yml", "name.first_name"), of("en-IE.yml", "name.first_name"),
                    of("en-ZA.yml", "name.first_name")),
            "de", List.of(of("de.yml", "name.male_first_name"), of("de.yml", "name.female_first_name"), of("de-AT.yml", "name.first_name"),
                    of("de-CH.yml", "name.first_name")),
            "fr", List.of(of("fr.yml", "name.first_name"), of("fr-CA.yml", "name.first_name"), of("fr-CH.yml", "name.first_name")),
            "es", List.of(of("es.yml", "name.male_first_name"), of("es.yml", "name.female_first_name"), of("es-MX.yml", "name.first_name"),
                    of("es-AR.yml", "name.first_name")),
            "it", List.of(of("it.yml", "name.first_name")),
            "nl", List.of(of("nl.yml", "name.first_name")),
            "pt", List.of(of("pt.yml", "name.first_name"), of("pt-BR.yml", "name.male_first_name"), of("pt-BR.yml", "name.female_first_name")),
            "pl", List.of(of("pl.yml", "name.first_name")),
            "sv", List.of(of("sv.yml", "name.male_first_name"), of("sv.yml", "name.female_first_name")));

    /** Last names per packaged locale. */
    public static final Map<String, List<GazetteerSources>> LAST_NAMES = Map.of(
            "en", List.of(of("en/name.yml", "name.last_name"), of("en-AU.yml", "name.last_name"), of("en-NZ.yml", "name.last_name"),
                    of("en-IE.yml", "name.last_name"), of("en-ZA.yml", "name.last_name")),
            "de", List.of(of("de.yml", "name.last_name"), of("de-AT.yml", "name.last_name"), of("de-CH.yml", "name.last_name")),
            "fr", List.of(of("fr.yml", "name.last_name"), of("fr-CA.yml", "name.last_name"), of("fr-CH.yml", "name.last_name")),
            "es", List.of(of("es.yml", "name.last_name"), of("es-MX.yml", "name.last_name"), of("es-AR.yml", "name.last_name")),
            "it", List.of(of("it.yml", "name.last_name")),
            "nl", List.of(of("nl.yml", "name.last_name")),
            "pt", List.of(of("pt.yml", "name.last_name"), of("pt-BR.yml", "name.last_name")),
            "pl", List.of(of("pl.yml", "name.last_name")),
            "sv", List.of(of("sv.yml", "name.last_name")));

    /** Countries, capitals, states, provinces and real city lists per packaged locale. */
    public static final Map<String, List<GazetteerSources>> PLACES = Map.of(
            "en", List.of(of("en/address.yml", "address.country"), of("en/address.yml", "address.state"), of("en/country.yml", "country.capital"),
                    of("en/nation.yml", "nation.capital_city"), of("en-CA.yml", "address.state"), of("en-AU.yml", "address.state"),
                    of("en-GB.yml", "address.county"), of("en-GB.yml", "address.uk_country"), of("en-IE.yml", "address.city"),
                    of("en-IE.yml", "address.county"), of("en-NZ.yml", "address.city"), of("en-NZ.yml", "address.region"),
                    of("en-IN.yml", "address.city"), of("en-IN.yml", "address.state")),
            "de", List.of(of("de.yml", "address.country"), of("de.yml", "address.state"), of("de-AT.yml", "address.city_name"),
                    of("de-AT.yml", "address.state"), of("de-CH.yml", "address.state")),
            "fr", List.of(of("fr.yml", "address.city_name"), of("fr.yml", "address.state"), of("fr-CA.yml", "address.state"),
                    of("fr-CH.yml", "address.city_name"), of("fr-CH.yml", "address.state")),
            "es", List.of(of("es.yml", "address.country"), of("es.yml", "address.city_prefix"), of("es.yml", "address.province"),
                    of("es.yml", "address.state"), of("es-AR.yml", "address.province"), of("es-AR.yml", "address.state"),
                    of("es-MX.yml", "address.state")),
            "it", List.of(of("it.yml", "address.country"), of("it.yml", "address.state")),
            "nl", List.of(of("nl.yml", "address.country"), of("nl.yml", "address.state"), of("nl-BE.yml", "address.state")),
            "pt", List.of(of("pt.yml", "address.country"), of("pt.yml", "address.city_name"), of("pt.yml", "address.state"),
                    of("pt-BR.yml", "address.city"), of("pt-BR.yml", "address.state")),
            "pl", List.of(of("pl.yml", "address.country"), of("pl.yml", "address.city_name"), of("pl.yml", "address.state")),
            "sv", List.of(of("sv.yml", "address.country"), of("sv.yml", "address.state"), of("sv-SE.yml", "address.city_name")));

    /** Street suffixes of English-speaking locales, for the street-address recognizer. */
    public static final List<GazetteerSources> STREET_SUFFIXES = List.of(of("en/address.yml", "address.street_suffix"),
            of("en-AU.yml", "address.street_suffix"), of("en-IE.yml", "address.street_suffix"), of("en-NZ.yml", "address.street_suffix"));

    /** Names of locales no packaged list draws on: the evaluation's names the gazetteer has never seen. */
    public static final List<GazetteerSources> HELD_OUT_NAMES = List.of(of("tr.yml", "name.male_first_name"),
            of("tr.yml", "name.female_first_name"), of("tr.yml", "name.last_name"), of("da-DK.yml", "name.male_first_name"),
            of("da-DK.yml", "name.female_first_name"), of("da-DK.yml", "name.last_name"), of("lv.yml", "name.first_name"),
            of("lv.yml", "name.last_name"), of("id.yml", "name.first_name"), of("id.yml", "name.last_name"),
            of("en-NG.yml", "name.first_name"), of("en-NG.yml", "name.last_name"), of("sq.yml", "name.male_first_name"),
            of("sq.yml", "name.last_name"), of("no-NO.yml", "name.last_name"));

    static GazetteerSources of(String file, String path) {
        return new GazetteerSources(file, path);
    }

    public List<String> read() {
        return DatafakerLists.list(file, path);
    }
}

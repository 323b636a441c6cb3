package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses written the continental way: German ({@code Hauptstraße 5}, {@code Am Markt 3a}),
 * French ({@code 12 rue de la Paix}), Spanish, Italian and Portuguese ({@code Calle Mayor 12},
 * {@code Via Roma 1}, {@code Rua Augusta 20}).
 */
public final class EuropeanStreetRecognizer implements Recognizer {

    // lower-case stems: a text with none of them cannot hold such an address, and is not searched
    private static final String[] GERMAN_STEMS = {"straße", "strasse", "str.", "weg ", "allee", "platz", "gasse", "ring ", "damm", "ufer",
        "steig", "pfad", "chaussee", "stieg", "graben", "kamp", "zeile", "hof ", "berg "};
    private static final List<String> GERMAN_PREPOSITIONS = List.of("Am ", "An ", "Im ", "In ", "Auf ", "Zum ", "Zur ",
            "Unter ", "Hinter ", "Alte");
    private static final String[] FRENCH_STEMS = {"rue ", "avenue", "av.", "boulevard", "bd ", "place ", "chemin", "allée", "impasse",
        "quai ", "route ", "cours ", "voie ", "square ", "faubourg"};
    private static final String[] SOUTHERN_STEMS = {"calle", "c/", "avenida", "avda", "av.", "plaza", "pza.", "paseo", "camino", "carrer",
        "via ", "viale", "piazza", "corso", "largo", "vicolo", "rua ", "travessa", "praça"};
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final Pattern GERMAN = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\d-])(?:"
            + "(?:" + WORD + "[ -])*?\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|steig|pfad|chaussee|stieg|graben|kamp|zeile|hof|berg)"
            + "|(?:" + WORD + " )+(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee)"
            + "|(?:Am|An der|An den|Im|In der|In den|Auf dem|Auf der|Zum|Zur|Unter den|Hinter der|Alte|Alter) " + WORD + ")"
            // three digits at most: "Heidelberg 2024" is a year, not a house
            + " \\d{1,3} ?[a-zA-Z]?(?![\\p{L}\\d])");
    private static final Pattern FRENCH = Pattern.compile("(?=\\d)(?<![\\p{L}\\d-])\\d{1,4}(?: ?(?:bis|ter))?,? "
            + "(?i:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|voie|square|faubourg)"
            + " (?:(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les) ?)?" + WORD + "(?: (?:de |du |des |la |le )?" + WORD + "){0,3}");
    private static final Pattern SOUTHERN = Pattern.compile("(?=[CAPVRTL])(?<![\\p{L}\\d-])"
            + "(?:Calle|C/|Avenida|Avda\\.|Av\\.|Plaza|Pza\\.|Paseo|Camino|Carrer|Via|Viale|Piazza|Corso|Largo|Vicolo|Rua|Travessa|Praça)"
            + " (?:(?:de la|del|de los|de las|de|dei|della|delle|do|da|dos|das) )?" + WORD + "(?: " + WORD + "){0,3},? (?:n[º°o]\\.? ?)?\\d{1,4}(?![\\p{L}\\d])");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        if (scan.mentions(GERMAN_STEMS) || GERMAN_PREPOSITIONS.stream().anyMatch(text::contains)) {
            Anchored.endingAt(scan, GERMAN, 80, street -> add(street, found));
        }
        if (scan.mentions(FRENCH_STEMS)) {
            Anchored.startingAt(scan, FRENCH, 0, street -> add(street, found));
        }
        if (scan.mentions(SOUTHERN_STEMS)) {
            Anchored.endingAt(scan, SOUTHERN, 80, street -> add(street, found));
        }
    }

    private static void add(Matcher street, List<Span> found) {
        found.add(new Span(street.start(), street.end(), EntityType.ADDRESS, 0.82));
    }
}

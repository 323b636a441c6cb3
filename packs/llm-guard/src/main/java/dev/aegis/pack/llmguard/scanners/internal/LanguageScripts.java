package dev.aegis.pack.llmguard.scanners.internal;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The scripts the detector's languages are written in, and the script most of a text is written
 * in. A text almost wholly in a script none of the allowed languages uses is not in an allowed
 * language, however unsure the statistical detector is (it is weakest on short Han, Japanese or
 * Korean texts). Languages not listed are written in Latin.
 */
final class LanguageScripts {

    private static final Map<String, Set<UnicodeScript>> SCRIPTS = new HashMap<>();

    static {
        put(EnumSet.of(UnicodeScript.CYRILLIC), "rus", "ukr", "bel", "bul", "mkd", "kaz", "kir", "tgk", "mon", "bak", "tat", "che");
        put(EnumSet.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN), "srp", "uzb", "aze", "bos");
        put(EnumSet.of(UnicodeScript.GREEK), "ell");
        put(EnumSet.of(UnicodeScript.HAN), "cmn");
        put(EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA), "jpn");
        put(EnumSet.of(UnicodeScript.HANGUL, UnicodeScript.HAN), "kor");
        put(EnumSet.of(UnicodeScript.ARABIC), "ara", "pes", "fas", "urd", "pus", "pnb");
        put(EnumSet.of(UnicodeScript.HEBREW), "heb");
        put(EnumSet.of(UnicodeScript.DEVANAGARI), "hin", "mar", "nep", "san");
        put(EnumSet.of(UnicodeScript.BENGALI), "ben");
        put(EnumSet.of(UnicodeScript.GURMUKHI), "pan");
        put(EnumSet.of(UnicodeScript.GUJARATI), "guj");
        put(EnumSet.of(UnicodeScript.TAMIL), "tam");
        put(EnumSet.of(UnicodeScript.TELUGU), "tel");
        put(EnumSet.of(UnicodeScript.KANNADA), "kan");
        put(EnumSet.of(UnicodeScript.MALAYALAM), "mal");
        put(EnumSet.of(UnicodeScript.SINHALA), "sin");
        put(EnumSet.of(UnicodeScript.THAI), "tha");
        put(EnumSet.of(UnicodeScript.GEORGIAN), "kat");
        put(EnumSet.of(UnicodeScript.ARMENIAN), "hye");
    }

    private LanguageScripts() {}

    /** The scripts texts in these languages are written in. */
    static Set<UnicodeScript> of(Set<String> languages) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (String language : languages) {
            scripts.addAll(SCRIPTS.getOrDefault(language, EnumSet.of(UnicodeScript.LATIN)));
        }
        return scripts;
    }

    /** The script of at least {@code share} of the text's letters, or {@code COMMON} when no script has that many. */
    static UnicodeScript dominant(String text, double share) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        for (Map.Entry<UnicodeScript, Integer> count : counts.entrySet()) {
            if (count.getValue() >= share * letters) {
                return count.getKey();
            }
        }
        return UnicodeScript.COMMON;
    }

    private static void put(Set<UnicodeScript> scripts, String... languages) {
        for (String language : languages) {
            SCRIPTS.put(language, Set.copyOf(scripts));
        }
    }
}

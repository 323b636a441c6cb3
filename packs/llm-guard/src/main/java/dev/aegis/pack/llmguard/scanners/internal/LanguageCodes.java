package dev.aegis.pack.llmguard.scanners.internal;

import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Operators' language codes to the detector's: ISO 639-1 codes through the JDK's ISO 639-2 table,
 * and the macrolanguages whose members the model tells apart (Chinese is Mandarin, {@code cmn};
 * Norwegian is Bokmål and Nynorsk; Persian, Estonian, Latvian, Malay, Punjabi come in two codes).
 */
final class LanguageCodes {

    private static final Map<String, List<String>> MACRO = Map.ofEntries(
            Map.entry("zh", List.of("cmn")), Map.entry("zho", List.of("cmn")), Map.entry("chi", List.of("cmn")),
            Map.entry("no", List.of("nob", "nno")), Map.entry("nor", List.of("nob", "nno")), Map.entry("nb", List.of("nob")),
            Map.entry("nn", List.of("nno")), Map.entry("fa", List.of("pes", "fas")), Map.entry("fas", List.of("pes", "fas")),
            Map.entry("et", List.of("ekk", "est")), Map.entry("est", List.of("ekk", "est")), Map.entry("lv", List.of("lvs", "lav")),
            Map.entry("lav", List.of("lvs", "lav")), Map.entry("ms", List.of("msa")), Map.entry("pa", List.of("pan", "pnb")),
            Map.entry("mg", List.of("plt")), Map.entry("sw", List.of("swa")), Map.entry("uz", List.of("uzb")));

    private LanguageCodes() {}

    /**
     * The detector's codes for {@code codes}.
     *
     * @throws IllegalArgumentException naming a code the detector does not know
     */
    static Set<String> resolve(List<String> codes, Set<String> supported) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String code : codes) {
            String key = code.strip().toLowerCase(Locale.ROOT);
            List<String> members = MACRO.getOrDefault(key, List.of(iso3(key)));
            List<String> known = members.stream().filter(supported::contains).toList();
            if (known.isEmpty()) {
                throw new IllegalArgumentException("allowed: the language detector does not know '" + code + "'; it knows " + new TreeSet<>(supported));
            }
            resolved.addAll(known);
        }
        return Set.copyOf(resolved);
    }

    private static String iso3(String code) {
        if (code.length() != 2) {
            return code;
        }
        try {
            return Locale.of(code).getISO3Language();
        } catch (IllformedLocaleException | java.util.MissingResourceException e) {
            return code;
        }
    }
}

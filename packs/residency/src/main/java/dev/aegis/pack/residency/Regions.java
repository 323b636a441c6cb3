package dev.aegis.pack.residency;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Region names in one spelling: lower case, aliases resolved. Lower-casing an already lower-case
 * name returns the same string, so the common case allocates nothing.
 */
final class Regions {

    /** A provider's label and a principal's attribute name the region under this key. */
    static final String KEY = "region";

    private final Map<String, String> aliases;

    Regions(Map<String, String> aliases) {
        Map<String, String> normalized = new HashMap<>();
        aliases.forEach((alias, region) -> normalized.put(lowerCase(alias), lowerCase(region)));
        this.aliases = Map.copyOf(normalized);
    }

    /** The canonical name; null for null, so an unknown region stays unknown. */
    String canonical(String region) {
        if (region == null) {
            return null;
        }
        String lower = lowerCase(region);
        return aliases.getOrDefault(lower, lower);
    }

    private static String lowerCase(String region) {
        return region.strip().toLowerCase(Locale.ROOT);
    }
}

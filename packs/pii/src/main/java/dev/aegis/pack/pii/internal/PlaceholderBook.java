package dev.aegis.pack.pii.internal;

import dev.aegis.api.state.MaskMap;
import dev.aegis.pack.pii.EntityType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The placeholders of one scan. A value the run's mask map already holds gets its placeholder back;
 * a new value gets the next number of its type, counting on from the highest in the map, and never a
 * placeholder the map already gives to another value. Built lazily: a scan that finds nothing pays nothing.
 */
final class PlaceholderBook {

    private final MaskMap existing;
    private final Map<String, String> added = new LinkedHashMap<>();
    private Map<String, String> byValue;
    private int[] highest;

    PlaceholderBook(MaskMap existing) {
        this.existing = existing;
    }

    /** The placeholder for {@code value}, or empty when the type's numbers are used up. */
    Optional<String> placeholderFor(EntityType type, String value) {
        index();
        String key = ValueKey.of(type, value);
        String known = byValue.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        int number = highest[type.ordinal()];
        String placeholder;
        do {
            number++;
            if (number > Placeholders.MAX_NUMBER) {
                return Optional.empty();
            }
            placeholder = Placeholders.of(type, number);
        } while (existing.original(placeholder).isPresent());
        highest[type.ordinal()] = number;
        byValue.put(key, placeholder);
        added.put(placeholder, value);
        return Optional.of(placeholder);
    }

    /** Placeholder to original, for what this scan added. */
    Map<String, String> added() {
        return added;
    }

    private void index() {
        if (byValue != null) {
            return;
        }
        byValue = new HashMap<>();
        highest = new int[EntityType.values().length];
        for (Map.Entry<String, String> entry : existing.entries().entrySet()) {
            Matcher placeholder = Placeholders.PLACEHOLDER.matcher(entry.getKey());
            if (!placeholder.matches()) {
                continue;
            }
            EntityType type = typeNamed(placeholder.group(1));
            if (type != null) {
                byValue.putIfAbsent(ValueKey.of(type, entry.getValue()), entry.getKey());
                highest[type.ordinal()] = Math.max(highest[type.ordinal()], Integer.parseInt(placeholder.group(2)));
            }
        }
    }

    private static EntityType typeNamed(String name) {
        for (EntityType type : EntityType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}

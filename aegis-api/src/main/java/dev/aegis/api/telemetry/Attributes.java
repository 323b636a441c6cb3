package dev.aegis.api.telemetry;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks and copies attribute maps: the value types OTLP can carry, nothing else. */
final class Attributes {

    private Attributes() {}

    static Map<String, Object> copy(Map<String, ?> attributes) {
        if (attributes instanceof Checked checked) {
            return checked; // already checked and unmodifiable: shared, e.g. one resource by every span of a batch
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("attribute keys must not be empty");
            }
            copy.put(key, checked(key, value));
        });
        return new Checked(copy);
    }

    /** A checked, unmodifiable attribute map, in the order it was given. */
    private static final class Checked extends AbstractMap<String, Object> {

        private final Map<String, Object> entries;

        Checked(Map<String, Object> entries) {
            this.entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
            entries.forEach(action);
        }
    }

    private static Object checked(String key, Object value) {
        return switch (value) {
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Double d -> d;
            case Integer i -> i.longValue();
            case List<?> list -> list.stream().map(element -> {
                if (element instanceof List<?>) {
                    throw new IllegalArgumentException("attribute '" + key + "' nests lists");
                }
                return checked(key, element);
            }).toList();
            case null -> throw new IllegalArgumentException("attribute '" + key + "' is null");
            default -> throw new IllegalArgumentException("attribute '" + key + "' is a " + value.getClass().getName()
                    + "; values are String, Boolean, Long, Double or a List of them");
        };
    }
}

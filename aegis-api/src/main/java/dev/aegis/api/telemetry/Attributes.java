package dev.aegis.api.telemetry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and copies attribute maps: the value types OTLP can carry, nothing else. */
final class Attributes {

    private Attributes() {}

    static Map<String, Object> copy(Map<String, ?> attributes) {
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("attribute keys must not be empty");
            }
            copy.put(key, checked(key, value));
        });
        return Collections.unmodifiableMap(copy);
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

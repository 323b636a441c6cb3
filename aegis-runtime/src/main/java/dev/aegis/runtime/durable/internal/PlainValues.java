package dev.aegis.runtime.durable.internal;

import static dev.aegis.runtime.durable.internal.Json.object;
import static dev.aegis.runtime.durable.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of state keys a pack defines, which checkpoints know nothing about: written with their
 * type so that they come back as the same Java types. What is accepted is what travels as JSON
 * without guessing: text, booleans, numbers ({@code int}, {@code long}, {@code double},
 * {@code float}, {@link BigDecimal}, {@link BigInteger}), {@link Instant}, enums, lists, maps with
 * text keys, and records made of those. Anything else fails when the checkpoint is written, naming
 * the state key and the type, never the value.
 */
final class PlainValues {

    private final RecordValues records;

    PlainValues(ClassLoader classes) {
        this.records = new RecordValues(this, classes);
    }

    JsonNode write(String key, Object value) {
        if (value == null) {
            return object().put("t", "null");
        }
        return switch (value) {
            case String text -> tagged("string").put("v", text);
            case Boolean flag -> tagged("boolean").put("v", flag);
            case Integer number -> tagged("int").put("v", number);
            case Long number -> tagged("long").put("v", number);
            case Double number -> tagged("double").put("v", number.toString());
            case Float number -> tagged("float").put("v", number.toString());
            case BigDecimal number -> tagged("decimal").put("v", number.toString());
            case BigInteger number -> tagged("integer").put("v", number.toString());
            case Instant instant -> tagged("instant").put("v", instant.toString());
            case Enum<?> constant -> tagged("enum").put("c", constant.getDeclaringClass().getName()).put("v", constant.name());
            case List<?> list -> {
                ObjectNode node = tagged("list");
                ArrayNode elements = node.putArray("v");
                list.forEach(element -> elements.add(write(key, element)));
                yield node;
            }
            case Map<?, ?> map -> {
                ObjectNode node = tagged("map");
                ObjectNode entries = node.putObject("v");
                map.forEach((name, element) -> {
                    if (!(name instanceof String text)) {
                        throw notCheckpointable(key, "a map key of type " + (name == null ? "null" : name.getClass().getName()));
                    }
                    entries.set(text, write(key, element));
                });
                yield node;
            }
            case Record record -> records.write(key, record);
            default -> throw notCheckpointable(key, "a " + value.getClass().getName());
        };
    }

    Object read(String key, JsonNode node) {
        String type = text(node, "t");
        return switch (type) {
            case "null" -> null;
            case "string" -> text(node, "v");
            case "boolean" -> Json.field(node, "v").booleanValue();
            case "int" -> Json.field(node, "v").intValue();
            case "long" -> Json.field(node, "v").longValue();
            case "double" -> Double.valueOf(text(node, "v"));
            case "float" -> Float.valueOf(text(node, "v"));
            case "decimal" -> new BigDecimal(text(node, "v"));
            case "integer" -> new BigInteger(text(node, "v"));
            case "instant" -> Instant.parse(text(node, "v"));
            case "enum" -> records.readEnum(key, text(node, "c"), text(node, "v"));
            case "list" -> {
                List<Object> list = new ArrayList<>();
                Json.elements(Json.field(node, "v")).forEach(element -> list.add(read(key, element)));
                yield Collections.unmodifiableList(list);
            }
            case "map" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                Json.field(node, "v").properties().forEach(entry -> map.put(entry.getKey(), read(key, entry.getValue())));
                yield Collections.unmodifiableMap(map);
            }
            case "record" -> records.read(key, node);
            default -> throw Json.corrupt("state key '" + key + "' holds a value of unknown type '" + type + "'");
        };
    }

    static ObjectNode tagged(String type) {
        return object().put("t", type);
    }

    static IllegalStateException notCheckpointable(String key, String what) {
        return new IllegalStateException("state key '" + key + "' holds " + what + ", which a checkpoint cannot write;"
                + " a durable route's state holds text, booleans, numbers, BigDecimal, Instant, enums, lists,"
                + " maps with text keys, or records of those");
    }
}

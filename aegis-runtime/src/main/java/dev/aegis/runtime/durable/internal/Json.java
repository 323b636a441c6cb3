package dev.aegis.runtime.durable.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Small helpers over Jackson's tree model for the checkpoint codec. Reading is strict: a missing or
 * mistyped field means a corrupt checkpoint and fails naming the field, never quoting its value.
 */
final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ObjectNode stringMap(Map<String, String> map) {
        ObjectNode node = object();
        map.forEach(node::put);
        return node;
    }

    /** Sorted, so that equal sets write equal bytes. */
    static ArrayNode stringSet(Collection<String> values) {
        ArrayNode node = array();
        new TreeSet<>(values).forEach(node::add);
        return node;
    }

    static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw corrupt("field '" + name + "' is missing");
        }
        return value;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw corrupt("field '" + name + "' is not text");
        }
        return value.textValue();
    }

    static long number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.canConvertToLong()) {
            throw corrupt("field '" + name + "' is not a whole number");
        }
        return value.longValue();
    }

    static Optional<String> optionalText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(node, name));
    }

    static Map<String, String> readStringMap(JsonNode node) {
        if (!node.isObject()) {
            throw corrupt("a map of text is not an object");
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), text(node, entry.getKey())));
        return Collections.unmodifiableMap(map);
    }

    static List<String> readStrings(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : elements(node)) {
            if (!value.isTextual()) {
                throw corrupt("a list of text holds something else");
            }
            values.add(value.textValue());
        }
        return values;
    }

    static Iterable<JsonNode> elements(JsonNode node) {
        if (!node.isArray()) {
            throw corrupt("a list is not an array");
        }
        return node;
    }

    static IllegalStateException corrupt(String what) {
        return new IllegalStateException("corrupt checkpoint: " + what);
    }
}

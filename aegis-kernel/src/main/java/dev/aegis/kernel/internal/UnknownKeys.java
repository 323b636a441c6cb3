package dev.aegis.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.config.ConfigError;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks a tree against a record type and reports every key the type does not have. */
final class UnknownKeys {

    private UnknownKeys() {}

    static void check(JsonNode node, Type type, String path, List<ConfigError> errors) {
        Class<?> raw = raw(type);
        if (raw == null || node == null) {
            return;
        }
        if (raw.isRecord() && node.isObject()) {
            RecordComponent[] components = raw.getRecordComponents();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                RecordComponent component = find(components, field.getKey());
                if (component == null) {
                    errors.add(new ConfigError(Names.child(path, field.getKey()),
                            "unknown key; " + raw.getSimpleName() + " accepts " + RecordBinder.keysOf(raw.asSubclass(Record.class))));
                } else {
                    check(field.getValue(), component.getGenericType(), Names.child(path, field.getKey()), errors);
                }
            }
        } else if ((Collection.class.isAssignableFrom(raw) || raw == Optional.class) && type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), element, Names.index(path, i), errors);
                }
            } else {
                check(node, element, path, errors);
            }
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic && node.isObject()) {
            Type value = generic.getActualTypeArguments()[1];
            node.fields().forEachRemaining(field -> check(field.getValue(), value, Names.child(path, field.getKey()), errors));
        }
    }

    private static RecordComponent find(RecordComponent[] components, String key) {
        for (RecordComponent component : components) {
            if (Names.kebab(component.getName()).equals(key)) {
                return component;
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> clazz) {
            return clazz;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> clazz) {
            return clazz;
        }
        return null;
    }
}

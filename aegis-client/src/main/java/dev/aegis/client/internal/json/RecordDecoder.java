package dev.aegis.client.internal.json;

import dev.aegis.client.model.Message;
import dev.aegis.client.model.Role;
import dev.aegis.client.model.ToolCall;
import dev.aegis.client.model.WireValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the SDK's records from parsed JSON by the rule {@link Names#snake}: a component {@code runId}
 * reads the field {@code run_id}. Fields the record does not have are ignored (a newer gateway may
 * add some); a missing or null field is an empty {@code Optional}, list or map, and an error for any
 * other component, so a document that lacks what the schema promises fails here with its path.
 */
public final class RecordDecoder {

    private RecordDecoder() {}

    public static <T> T decode(Object json, Class<T> type) {
        return type.cast(value(json, type, "$"));
    }

    /** The {@code data} array of a list document, each item as {@code type}. */
    public static <T> List<T> list(Object json, Class<T> type) {
        Map<String, Object> document = object(json, "$");
        List<T> items = new ArrayList<>();
        List<Object> data = array(document.get("data"), "$.data");
        for (int i = 0; i < data.size(); i++) {
            items.add(type.cast(value(data.get(i), type, "$.data[" + i + "]")));
        }
        return items;
    }

    private static Object value(Object json, Type type, String path) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(json, parameterized, path);
        }
        Class<?> raw = (Class<?>) type;
        if (json == null) {
            throw new JsonException("missing or null " + path);
        }
        if (raw == Message.class) {
            return message(object(json, path), path);
        }
        if (raw.isRecord()) {
            return record(object(json, path), raw, path);
        }
        if (raw.isEnum() && WireValue.class.isAssignableFrom(raw)) {
            return wire(json, raw, path);
        }
        if (raw == String.class) {
            return expect(json, String.class, path);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return expect(json, Boolean.class, path);
        }
        if (raw == long.class || raw == Long.class) {
            return expect(json, Long.class, path);
        }
        if (raw == int.class || raw == Integer.class) {
            long number = expect(json, Long.class, path);
            if (number != (int) number) {
                throw new JsonException(path + " is out of range: " + number);
            }
            return (int) number;
        }
        if (raw == double.class || raw == Double.class) {
            return expect(json, Number.class, path).doubleValue();
        }
        if (raw == BigDecimal.class) {
            return decimal(json, path);
        }
        if (raw == Instant.class) {
            return instant(expect(json, String.class, path), path);
        }
        if (raw == Object.class) {
            return json;
        }
        throw new IllegalStateException("no decoding for " + raw + " at " + path);
    }

    private static Object parameterized(Object json, ParameterizedType type, String path) {
        Type raw = type.getRawType();
        Type argument = type.getActualTypeArguments()[type.getActualTypeArguments().length - 1];
        if (raw == Optional.class) {
            return json == null ? Optional.empty() : Optional.of(value(json, argument, path));
        }
        if (raw == List.class) {
            List<Object> items = new ArrayList<>();
            if (json != null) {
                List<Object> array = array(json, path);
                for (int i = 0; i < array.size(); i++) {
                    items.add(value(array.get(i), argument, path + "[" + i + "]"));
                }
            }
            return items;
        }
        if (raw == Map.class) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (json != null) {
                for (Map.Entry<String, Object> entry : object(json, path).entrySet()) {
                    values.put(entry.getKey(), value(entry.getValue(), argument, path + "." + entry.getKey()));
                }
            }
            return values;
        }
        throw new IllegalStateException("no decoding for " + type + " at " + path);
    }

    private static Object record(Map<String, Object> json, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String field = Names.snake(components[i].getName());
            types[i] = components[i].getType();
            arguments[i] = value(json.get(field), components[i].getGenericType(), path + "." + field);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new JsonException("invalid " + path + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    /** Content is a string, null, or an array of text parts (joined). */
    private static Message message(Map<String, Object> json, String path) {
        Role role = (Role) wire(json.get("role"), Role.class, path + ".role");
        Object content = json.get("content");
        Optional<String> text;
        if (content instanceof List<?> parts) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                Map<String, Object> part = object(parts.get(i), path + ".content[" + i + "]");
                if ("text".equals(part.get("type"))) {
                    joined.append(expect(part.get("text"), String.class, path + ".content[" + i + "].text"));
                }
            }
            text = Optional.of(joined.toString());
        } else {
            text = content == null ? Optional.empty() : Optional.of(expect(content, String.class, path + ".content"));
        }
        Optional<String> name = optionalString(json.get("name"), path + ".name");
        Optional<String> toolCallId = optionalString(json.get("tool_call_id"), path + ".tool_call_id");
        List<ToolCall> toolCalls = new ArrayList<>();
        if (json.get("tool_calls") != null) {
            List<Object> calls = array(json.get("tool_calls"), path + ".tool_calls");
            for (int i = 0; i < calls.size(); i++) {
                toolCalls.add((ToolCall) value(calls.get(i), ToolCall.class, path + ".tool_calls[" + i + "]"));
            }
        }
        return new Message(role, text, name, toolCallId, toolCalls);
    }

    private static Optional<String> optionalString(Object json, String path) {
        return json == null ? Optional.empty() : Optional.of(expect(json, String.class, path));
    }

    private static Object wire(Object json, Class<?> type, String path) {
        String value = expect(json, String.class, path);
        Object unknown = null;
        for (Object constant : type.getEnumConstants()) {
            String wire = ((WireValue) constant).wire();
            if (wire.equals(value) && !wire.isEmpty()) {
                return constant;
            }
            if (wire.isEmpty()) {
                unknown = constant;
            }
        }
        if (unknown == null) {
            throw new JsonException(path + " has an unknown value '" + value + "'");
        }
        return unknown;
    }

    private static BigDecimal decimal(Object json, String path) {
        if (json instanceof String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new JsonException(path + " is not a number: '" + text + "'");
            }
        }
        Number number = expect(json, Number.class, path);
        return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.longValue());
    }

    private static Instant instant(String text, String path) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new JsonException(path + " is not an ISO-8601 instant: '" + text + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object json, String path) {
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new JsonException(path + " should be an object, not " + kind(json));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object json, String path) {
        if (json instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new JsonException(path + " should be an array, not " + kind(json));
    }

    private static <T> T expect(Object json, Class<T> type, String path) {
        if (type.isInstance(json)) {
            return type.cast(json);
        }
        throw new JsonException(path + " should be " + (type == Long.class ? "an integer" : "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT))
                + ", not " + kind(json));
    }

    private static String kind(Object json) {
        return switch (json) {
            case null -> "null";
            case Map<?, ?> map -> "an object";
            case List<?> list -> "an array";
            case String text -> "a string";
            case Boolean flag -> "a boolean";
            default -> "a number";
        };
    }
}

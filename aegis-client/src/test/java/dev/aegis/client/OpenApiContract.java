package dev.aegis.client;

import dev.aegis.client.internal.json.Names;
import dev.aegis.client.model.WireValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the client with an OpenAPI document: every request it sent is a documented operation with
 * documented query parameters, every record's components are exactly its schema's properties (a
 * {@code const} property is a public static constant of that value instead, e.g. {@code Run.OBJECT}, and a property
 * that can only be null, e.g. {@code expires_at} of a vector store here, needs no component),
 * and every enum's values are exactly the schema's. Names map by {@link Names#snake}; an enum's
 * {@code UNKNOWN} stands for values this client does not know and is not compared.
 */
final class OpenApiContract {

    /** A request as the client sent it. */
    record Request(String method, URI uri) {}

    private final Map<String, Object> document;

    OpenApiContract(Map<String, Object> document) {
        this.document = document;
    }

    List<String> problems(List<Request> requests, Map<Class<?>, String> records, Map<Class<? extends Enum<?>>, String> enums) {
        List<String> problems = new ArrayList<>();
        requests.forEach(request -> problems.addAll(request(request)));
        records.forEach((type, pointer) -> problems.addAll(record(type, pointer)));
        enums.forEach((type, pointer) -> problems.addAll(enumeration(type, pointer)));
        return problems.stream().distinct().toList();
    }

    private List<String> request(Request request) {
        String path = request.uri().getPath();
        Map<String, Object> paths = map(document.get("paths"));
        for (Map.Entry<String, Object> documented : paths.entrySet()) {
            if (!path.matches(template(documented.getKey()))) {
                continue;
            }
            Map<String, Object> operation = map(map(documented.getValue()).get(request.method().toLowerCase(java.util.Locale.ROOT)));
            if (operation.isEmpty()) {
                return List.of(request.method() + " " + documented.getKey() + ": the client calls it, the document has no such operation");
            }
            Set<String> documentedQuery = new TreeSet<>();
            for (Object parameter : list(operation.get("parameters"))) {
                if ("query".equals(map(parameter).get("in"))) {
                    documentedQuery.add((String) map(parameter).get("name"));
                }
            }
            List<String> problems = new ArrayList<>();
            for (String name : queryNames(request.uri())) {
                if (!documentedQuery.contains(name)) {
                    problems.add(request.method() + " " + documented.getKey() + ": the client sends query parameter '" + name + "', the document does not list it");
                }
            }
            return problems;
        }
        return List.of(request.method() + " " + path + ": the client calls it, the document has no such path");
    }

    private static String template(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : java.util.regex.Pattern.quote(segment))
                .collect(Collectors.joining("/"));
    }

    private static List<String> queryNames(URI uri) {
        if (uri.getRawQuery() == null) {
            return List.of();
        }
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)[0]).toList();
    }

    private List<String> record(Class<?> type, String pointer) {
        Object schema = resolve(pointer);
        if (schema == null) {
            return List.of(type.getSimpleName() + ": no schema at " + pointer);
        }
        Map<String, Object> properties = map(map(schema).get("properties"));
        if (properties.isEmpty()) {
            return List.of(type.getSimpleName() + ": the schema at " + pointer + " lists no properties");
        }
        List<String> problems = new ArrayList<>();
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String field = Names.snake(component.getName());
            components.add(field);
            if (!properties.containsKey(field)) {
                problems.add(type.getSimpleName() + "." + component.getName() + ": the record has it, " + pointer + " has no property '" + field + "'");
            }
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (components.contains(property.getKey())) {
                continue;
            }
            Object constant = map(property.getValue()).get("const");
            if (constant == null && "null".equals(map(property.getValue()).get("type"))) {
                continue;
            }
            if (constant == null) {
                problems.add(pointer + "/properties/" + property.getKey() + ": the schema has it, " + type.getSimpleName() + " has no component for it");
            } else if (!constant.equals(staticConstant(type, property.getKey()))) {
                problems.add(pointer + "/properties/" + property.getKey() + ": the schema's const '" + constant + "' is not "
                        + type.getSimpleName() + "." + property.getKey().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return problems;
    }

    private static Object staticConstant(Class<?> type, String property) {
        try {
            Field field = type.getField(property.toUpperCase(java.util.Locale.ROOT));
            return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (ReflectiveOperationException missing) {
            return null;
        }
    }

    private List<String> enumeration(Class<? extends Enum<?>> type, String pointer) {
        Object values = resolve(pointer);
        if (!(values instanceof List<?> documented)) {
            return List.of(type.getSimpleName() + ": no enum at " + pointer);
        }
        Set<String> client = new TreeSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            String wire = ((WireValue) constant).wire();
            if (!wire.isEmpty()) {
                client.add(wire);
            }
        }
        Set<String> schema = new TreeSet<>();
        documented.forEach(value -> schema.add(String.valueOf(value)));
        List<String> problems = new ArrayList<>();
        for (String value : client) {
            if (!schema.contains(value)) {
                problems.add(type.getSimpleName() + ": the client knows '" + value + "', " + pointer + " does not");
            }
        }
        for (String value : schema) {
            if (!client.contains(value)) {
                problems.add(pointer + ": the document has '" + value + "', " + type.getSimpleName() + " does not");
            }
        }
        return problems;
    }

    /** A JSON pointer such as {@code #/components/schemas/Run/properties/halt}; {@code items} steps into arrays' item schemas. */
    Object resolve(String pointer) {
        Object node = document;
        for (String escaped : pointer.substring(2).split("/")) {
            String token = escaped.replace("~1", "/").replace("~0", "~");
            if (!(node instanceof Map<?, ?> object) || !object.containsKey(token)) {
                return null;
            }
            node = object.get(token);
            if (node instanceof Map<?, ?> object2 && object2.get("$ref") instanceof String ref) {
                node = resolve(ref);
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}

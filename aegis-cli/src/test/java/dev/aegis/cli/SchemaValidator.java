package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that {@code /openapi.json} writes: {@code $ref} (with
 * sibling keywords applying too), {@code type} (a name or a list of names), {@code nullable} (OpenAPI 3.0's),
 * {@code enum}, {@code const}, {@code properties}, {@code required}, {@code additionalProperties}, {@code items},
 * {@code oneOf}, {@code anyOf} and {@code allOf}. Other keywords (descriptions, formats, bounds) are not checked.
 * Each problem names the place in the instance as a JSON pointer.
 */
final class SchemaValidator {

    private final JsonNode document;

    SchemaValidator(JsonNode document) {
        this.document = document;
    }

    /** What is wrong with {@code instance} under {@code schema}; empty when it conforms. */
    List<String> validate(JsonNode schema, JsonNode instance) {
        List<String> problems = new ArrayList<>();
        check(schema, instance, "", problems);
        return problems;
    }

    /** The schema a {@code #/...} reference points at. */
    JsonNode resolve(String reference) {
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("only local references are supported: " + reference);
        }
        JsonNode target = document.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("the document has nothing at " + reference);
        }
        return target;
    }

    private void check(JsonNode schema, JsonNode instance, String at, List<String> problems) {
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                problems.add(where(at) + "nothing is allowed here");
            }
            return;
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), instance, at, problems);
        }
        if (instance.isNull() && schema.path("nullable").asBoolean(false)) {
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), instance)) {
            problems.add(where(at) + "is " + typeOf(instance) + ", the schema wants " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(instance)) {
            problems.add(where(at) + instance + " is not the constant " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), instance)) {
            problems.add(where(at) + instance + " is not one of " + schema.get("enum"));
        }
        if (instance.isObject()) {
            object(schema, instance, at, problems);
        }
        if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                check(schema.get("items"), instance.get(i), at + "/" + i, problems);
            }
        }
        for (JsonNode each : schema.path("allOf")) {
            check(each, instance, at, problems);
        }
        combination(schema, "oneOf", instance, at, problems);
        combination(schema, "anyOf", instance, at, problems);
    }

    private void object(JsonNode schema, JsonNode instance, String at, List<String> problems) {
        for (JsonNode name : schema.path("required")) {
            if (!instance.has(name.asText())) {
                problems.add(where(at) + "lacks the required field '" + name.asText() + "'");
            }
        }
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> field : instance.properties()) {
            String path = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path, problems);
            } else if (schema.has("additionalProperties")) {
                check(schema.get("additionalProperties"), field.getValue(), path, problems);
            }
        }
    }

    private void combination(JsonNode schema, String keyword, JsonNode instance, String at, List<String> problems) {
        if (!schema.has(keyword)) {
            return;
        }
        List<String> failures = new ArrayList<>();
        int matching = 0;
        for (JsonNode arm : schema.get(keyword)) {
            List<String> armProblems = validate(arm, instance);
            if (armProblems.isEmpty()) {
                matching++;
            } else {
                failures.add(String.join("; ", armProblems));
            }
        }
        if (matching == 0) {
            problems.add(where(at) + "matches none of " + keyword + ": " + failures);
        } else if (keyword.equals("oneOf") && matching > 1) {
            problems.add(where(at) + "matches " + matching + " arms of oneOf, not exactly one");
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode instance) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (typeMatches(each, instance)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> instance.isObject();
            case "array" -> instance.isArray();
            case "string" -> instance.isTextual();
            case "boolean" -> instance.isBoolean();
            case "null" -> instance.isNull();
            case "number" -> instance.isNumber();
            case "integer" -> instance.isIntegralNumber() || (instance.isNumber() && instance.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode instance) {
        for (JsonNode value : values) {
            if (value.equals(instance) || (value.isNumber() && instance.isNumber() && value.decimalValue().compareTo(instance.decimalValue()) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static String typeOf(JsonNode instance) {
        return switch (instance.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case NUMBER -> instance.isIntegralNumber() ? "an integer" : "a number";
            default -> instance.getNodeType().toString();
        };
    }

    private static String where(String at) {
        return (at.isEmpty() ? "/" : at) + ": ";
    }
}

package dev.aegis.plugin.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSON Schema (as clients send it in OpenAI tool definitions) into LangChain4j's schema
 * types: types, properties, required, enums, arrays, anyOf/oneOf, nullable type lists and local
 * {@code $ref}s. Keywords LangChain4j cannot express (formats, bounds, patterns) are dropped; a
 * node without a recognisable type becomes a string, the loosest shape every vendor accepts.
 */
final class JsonSchemaMapper {

    private static final int MAX_DEPTH = 32;

    private JsonSchemaMapper() {}

    /** The schema of a tool's arguments or a response format: always an object at the top. */
    static JsonObjectSchema objectSchema(JsonNode schema) {
        if (!schema.isObject() || !isObject(schema)) {
            return JsonObjectSchema.builder().build();
        }
        JsonObjectSchema.Builder builder = objectBuilder(schema, 0);
        Map<String, JsonSchemaElement> definitions = new LinkedHashMap<>();
        for (String keyword : List.of("$defs", "definitions")) {
            schema.path(keyword).properties().forEach(entry -> definitions.put(entry.getKey(), element(entry.getValue(), 1)));
        }
        if (!definitions.isEmpty()) {
            builder.definitions(definitions);
        }
        return builder.build();
    }

    private static JsonSchemaElement element(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the schema nests deeper than " + MAX_DEPTH + " levels");
        }
        String description = node.path("description").isTextual() ? node.get("description").asText() : null;
        if (node.path("$ref").isTextual()) {
            String reference = node.get("$ref").asText();
            return JsonReferenceSchema.builder().reference(reference.substring(reference.lastIndexOf('/') + 1)).build();
        }
        if (node.has("enum") || node.has("const")) {
            Iterable<JsonNode> allowed = node.has("enum") ? node.get("enum") : List.of(node.get("const"));
            List<String> values = new ArrayList<>();
            allowed.forEach(value -> values.add(value.asText()));
            return JsonEnumSchema.builder().enumValues(values).description(description).build();
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (node.path(keyword).isArray() && !node.get(keyword).isEmpty()) {
                List<JsonSchemaElement> options = new ArrayList<>();
                node.get(keyword).forEach(option -> options.add(element(option, depth + 1)));
                return options.size() == 1 ? options.getFirst() : JsonAnyOfSchema.builder().anyOf(options).description(description).build();
            }
        }
        if (node.path("allOf").isArray() && node.get("allOf").size() == 1) {
            return element(node.get("allOf").get(0), depth + 1);
        }
        JsonNode type = node.path("type");
        if (type.isArray()) {
            List<JsonSchemaElement> options = new ArrayList<>();
            type.forEach(single -> options.add(typed(single.asText(), node, description, depth)));
            return options.size() == 1 ? options.getFirst() : JsonAnyOfSchema.builder().anyOf(options).description(description).build();
        }
        return typed(type.asText(inferredType(node)), node, description, depth);
    }

    private static JsonSchemaElement typed(String type, JsonNode node, String description, int depth) {
        return switch (type) {
            case "object" -> objectBuilder(node, depth).build();
            case "array" -> JsonArraySchema.builder()
                    .items(node.path("items").isObject() ? element(node.get("items"), depth + 1) : JsonStringSchema.builder().build())
                    .description(description)
                    .build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            default -> JsonStringSchema.builder().description(description).build();
        };
    }

    private static JsonObjectSchema.Builder objectBuilder(JsonNode node, int depth) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder();
        if (node.path("description").isTextual()) {
            builder.description(node.get("description").asText());
        }
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        node.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), element(entry.getValue(), depth + 1)));
        builder.addProperties(properties);
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        if (!required.isEmpty()) {
            builder.required(required);
        }
        if (node.path("additionalProperties").isBoolean()) {
            builder.additionalProperties(node.get("additionalProperties").asBoolean());
        }
        return builder;
    }

    private static boolean isObject(JsonNode node) {
        return "object".equals(node.path("type").asText(inferredType(node)));
    }

    private static String inferredType(JsonNode node) {
        if (node.has("properties")) {
            return "object";
        }
        return node.has("items") ? "array" : "string";
    }
}

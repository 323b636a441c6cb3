package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

class JsonSchemaMapperTest {

    @Test
    void propertiesRequiredDescriptionsAndAdditionalPropertiesCarryOver() {
        JsonObjectSchema schema = map("""
                {"type": "object", "description": "Search", "additionalProperties": false, "required": ["query"],
                 "properties": {"query": {"type": "string", "description": "What to find", "minLength": 1},
                                "limit": {"type": "integer", "maximum": 50}}}
                """);

        assertThat(schema.description()).isEqualTo("Search");
        assertThat(schema.required()).containsExactly("query");
        assertThat(schema.additionalProperties()).isFalse();
        assertThat(schema.properties().get("query")).isInstanceOfSatisfying(JsonStringSchema.class,
                query -> assertThat(query.description()).isEqualTo("What to find"));
        assertThat(schema.properties().get("limit")).isInstanceOf(JsonIntegerSchema.class);
    }

    @Test
    void enumsConstsArraysAndNestedObjectsAreMapped() {
        JsonObjectSchema schema = map("""
                {"type": "object", "properties": {
                  "unit": {"enum": ["c", "f"]},
                  "mode": {"const": "fast"},
                  "tags": {"type": "array", "items": {"type": "string"}},
                  "place": {"type": "object", "properties": {"lat": {"type": "number"}}}}}
                """);

        assertThat(schema.properties().get("unit")).isInstanceOfSatisfying(JsonEnumSchema.class,
                unit -> assertThat(unit.enumValues()).containsExactly("c", "f"));
        assertThat(schema.properties().get("mode")).isInstanceOfSatisfying(JsonEnumSchema.class,
                mode -> assertThat(mode.enumValues()).containsExactly("fast"));
        assertThat(schema.properties().get("tags")).isInstanceOfSatisfying(JsonArraySchema.class,
                tags -> assertThat(tags.items()).isInstanceOf(JsonStringSchema.class));
        assertThat(schema.properties().get("place")).isInstanceOfSatisfying(JsonObjectSchema.class,
                place -> assertThat(place.properties()).containsKey("lat"));
    }

    @Test
    void nullableTypeListsAndOneOfBecomeAnyOf() {
        JsonObjectSchema schema = map("""
                {"type": "object", "properties": {
                  "note": {"type": ["string", "null"]},
                  "id": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}
                """);

        assertThat(schema.properties().get("note")).isInstanceOfSatisfying(JsonAnyOfSchema.class, note -> assertThat(note.anyOf())
                .hasExactlyElementsOfTypes(JsonStringSchema.class, JsonNullSchema.class));
        assertThat(schema.properties().get("id")).isInstanceOfSatisfying(JsonAnyOfSchema.class, id -> assertThat(id.anyOf()).hasSize(2));
    }

    @Test
    void localReferencesPointAtDefinitions() {
        JsonObjectSchema schema = map("""
                {"type": "object", "properties": {"home": {"$ref": "#/$defs/Address"}},
                 "$defs": {"Address": {"type": "object", "properties": {"street": {"type": "string"}}}}}
                """);

        assertThat(schema.properties().get("home")).isInstanceOfSatisfying(JsonReferenceSchema.class,
                home -> assertThat(home.reference()).isEqualTo("Address"));
        assertThat(schema.definitions()).containsKey("Address");
    }

    @Test
    void anEmptyOrNonObjectSchemaMeansNoArguments() {
        assertThat(map("{}").properties()).isEmpty();
        assertThat(map("{\"type\": \"string\"}").properties()).isEmpty();
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "{\"type\":\"array\",\"items\":".repeat(40) + "{}" + "}".repeat(40);

        assertThatThrownBy(() -> map("{\"type\":\"object\",\"properties\":{\"x\":" + deep + "}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nests deeper");
    }

    private static JsonObjectSchema map(String json) {
        return JsonSchemaMapper.objectSchema(Json.parse(json, "schema"));
    }
}

package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SchemaValidator VALIDATOR = new SchemaValidator(json("""
            {"components": {"schemas": {
              "Pet": {"type": "object", "required": ["name", "kind"], "properties": {
                "name": {"type": "string"},
                "kind": {"type": "string", "enum": ["cat", "dog"]},
                "object": {"const": "pet"},
                "age": {"type": "integer"},
                "weight": {"type": "number"},
                "owner": {"type": ["string", "null"]},
                "vet": {"type": "string", "nullable": true},
                "tags": {"type": "array", "items": {"type": "string"}},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "strict": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false},
                "friend": {"oneOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "null"}]},
                "id": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "size": {"oneOf": [{"type": "number"}, {"type": "integer"}]}
              }},
              "Cat": {"$ref": "#/components/schemas/Pet", "properties": {"kind": {"const": "cat"}}}
            }}}"""));

    private static final JsonNode PET = VALIDATOR.resolve("#/components/schemas/Pet");

    @Test
    void aConformingDocumentHasNoProblems() {
        assertThat(VALIDATOR.validate(PET, json("""
                {"name": "Rex", "kind": "dog", "object": "pet", "age": 3, "weight": 4.5, "owner": null, "vet": null, "tags": ["a"],
                 "labels": {"k": "v"}, "strict": {"a": "b"}, "friend": {"name": "Tom", "kind": "cat"}, "id": 7, "unknown": [1]}"""))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        assertThat(problems("{\"name\": \"Rex\"}")).containsExactly("/: lacks the required field 'kind'");
    }

    @Test
    void aWrongTypeIsReported() {
        assertThat(problems("{\"name\": 5, \"kind\": \"dog\"}")).containsExactly("/name: is an integer, the schema wants \"string\"");
    }

    @Test
    void aFractionIsNotAnInteger() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"age\": 2.5}")).containsExactly("/age: is a number, the schema wants \"integer\"");
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"age\": 2.0}")).isEmpty();
    }

    @Test
    void aValueOutsideTheEnumIsReported() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"bird\"}")).containsExactly("/kind: \"bird\" is not one of [\"cat\",\"dog\"]");
    }

    @Test
    void aValueOtherThanTheConstantIsReported() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"object\": \"animal\"}")).containsExactly("/object: \"animal\" is not the constant \"pet\"");
    }

    @Test
    void nullIsRefusedUnlessTheTypeListOrNullableAllowsIt() {
        assertThat(problems("{\"name\": null, \"kind\": \"dog\"}")).containsExactly("/name: is null, the schema wants \"string\"");
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"owner\": null, \"vet\": null}")).isEmpty();
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"owner\": 1}")).containsExactly("/owner: is an integer, the schema wants [\"string\",\"null\"]");
    }

    @Test
    void everyItemOfAnArrayIsChecked() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"tags\": [\"a\", 2]}")).containsExactly("/tags/1: is an integer, the schema wants \"string\"");
    }

    @Test
    void additionalPropertiesAreCheckedWhenDeclared() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"labels\": {\"k\": 1}}")).containsExactly("/labels/k: is an integer, the schema wants \"string\"");
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"strict\": {\"b\": \"c\"}}")).containsExactly("/strict/b: nothing is allowed here");
    }

    @Test
    void aReferenceIsFollowedAndItsSiblingsApplyToo() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"friend\": {\"name\": \"Tom\"}}"))
                .singleElement().asString().startsWith("/friend: matches none of oneOf").contains("/: lacks the required field 'kind'");
        JsonNode cat = VALIDATOR.resolve("#/components/schemas/Cat");
        assertThat(VALIDATOR.validate(cat, json("{\"name\": \"Tom\", \"kind\": \"cat\"}"))).isEmpty();
        assertThat(VALIDATOR.validate(cat, json("{\"name\": \"Rex\", \"kind\": \"dog\"}"))).containsExactly("/kind: \"dog\" is not the constant \"cat\"");
        assertThat(VALIDATOR.validate(cat, json("{\"kind\": \"cat\"}"))).containsExactly("/: lacks the required field 'name'");
    }

    @Test
    void oneOfWantsExactlyOneArmAndAnyOfAtLeastOne() {
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"size\": 3}")).containsExactly("/size: matches 2 arms of oneOf, not exactly one");
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"size\": 3.5}")).isEmpty();
        assertThat(problems("{\"name\": \"Rex\", \"kind\": \"dog\", \"id\": true}")).singleElement().asString().startsWith("/id: matches none of anyOf");
    }

    @Test
    void aReferenceToNothingIsAnError() {
        assertThatThrownBy(() -> VALIDATOR.validate(json("{\"$ref\": \"#/components/schemas/Dog\"}"), json("{}")))
                .hasMessageContaining("nothing at #/components/schemas/Dog");
    }

    private static List<String> problems(String instance) {
        return VALIDATOR.validate(PET, json(instance));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

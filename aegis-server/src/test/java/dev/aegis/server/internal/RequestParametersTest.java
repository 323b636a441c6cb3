package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.secret.Secret;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEndUserIdBecomesTheSameKeyedHashWhereverTheKeyIsTheSame() throws Exception {
        JsonNode body = JSON.readTree("{\"user\": \"alice@example.com\"}");

        String first = new RequestParameters(Optional.of(Secret.of("k1"))).chat(body, Set.of()).get("user");
        String again = new RequestParameters(Optional.of(Secret.of("k1"))).chat(body, Set.of()).get("user");
        String otherKey = new RequestParameters(Optional.of(Secret.of("k2"))).chat(body, Set.of()).get("user");

        assertThat(first).isEqualTo(again).matches("\"aegis-[0-9a-f]{32}\"").doesNotContain("alice");
        assertThat(otherKey).isNotEqualTo(first);
    }

    @Test
    void numbersOutOfRangeAndTextWhereANumberBelongsAreRefusedNamingTheField() throws Exception {
        RequestParameters parameters = new RequestParameters(Optional.empty());

        assertThatThrownBy(() -> parameters.chat(JSON.readTree("{\"temperature\": 3}"), Set.of()))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.param()).contains("temperature"));
        assertThatThrownBy(() -> parameters.chat(JSON.readTree("{\"max_tokens\": \"many\"}"), Set.of()))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.code()).isEqualTo("invalid_parameter"));
        assertThatThrownBy(() -> parameters.chat(JSON.readTree("{\"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"f\", \"x\": 1}}}"), Set.of()))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.param()).contains("tool_choice.function.x"));
    }

    @Test
    void nullMeansNotGivenAndIsNotForwarded() throws Exception {
        assertThat(new RequestParameters(Optional.empty()).chat(JSON.readTree("{\"temperature\": null, \"seed\": 3}"), Set.of()))
                .containsExactly(java.util.Map.entry("seed", "3"));
    }

    @Test
    void runsTakeSamplingParametersOnly() throws Exception {
        RequestParameters parameters = new RequestParameters(Optional.empty());

        assertThat(parameters.sampling(JSON.readTree("{\"temperature\": 0.1, \"stop\": \"END\"}"))).containsOnlyKeys("temperature", "stop");
        assertThatThrownBy(() -> parameters.sampling(JSON.readTree("{\"user\": \"x\"}")))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.param()).contains("parameters.user"));
        assertThatThrownBy(() -> parameters.sampling(JSON.readTree("[1]")))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.code()).isEqualTo("invalid_parameters"));
    }

    @Test
    void schemaKeysAreIdentifiers() throws Exception {
        assertThatThrownBy(() -> RequestParameters.checkSchemaKeys(JSON.readTree("{\"properties\": {\"alice@example.com\": {}}}"), "tools[0]"))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.code()).isEqualTo("invalid_schema"));
        RequestParameters.checkSchemaKeys(JSON.readTree("{\"$defs\": {\"a.b\": {\"type\": \"string\"}}, \"additionalProperties\": false}"), "tools[0]");
    }
}

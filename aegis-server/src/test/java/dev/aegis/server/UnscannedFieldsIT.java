package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of a request that reaches the provider is scanned by the ingress guards, passed
 * through a typed allowlist, or refused (issue 12, hole 2): asserted on what leaves the gateway.
 */
class UnscannedFieldsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "alice.smith@example.com";
    private static final String CARD = "4111111111111111";
    private static final String IBAN = "DE89370400440532013000";

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream();
        gateway = RunningGateway.start(dir, """
                providers:
                  up: {type: openai, config: {base-url: "%s", model: up-1}}
                nodes:
                  house-rules:
                    type: regex-guard
                    config:
                      rules:
                        - {name: competitor, pattern: '\\bacme\\b'}
                routes:
                  masked:
                    models: [up-1, up-2]
                    ingress: [pii-mask]
                    execute: {providers: [up]}
                    durability: none
                  guarded:
                    ingress: [house-rules]
                    execute: {providers: [up]}
                    durability: none
                """.formatted(upstream.baseUrl("ok")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @BeforeEach
    void forget() {
        upstream.bodies.clear();
    }

    @Test
    void aMessageNameOpenAiWouldNotAcceptIsRefusedBeforeAnythingLeaves() throws Exception {
        HttpResponse<String> response = chat("masked", message("name", EMAIL), "");

        assertError(response, 400, "invalid_name", "messages[0].name");
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void aMessageNameIsScannedAndLeavesMaskedAsANameOpenAiAccepts() throws Exception {
        HttpResponse<String> response = chat("masked", message("name", CARD), "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String name = sent().at("/messages/0/name").asText();
        assertThat(name).doesNotContain(CARD).contains("CREDIT_CARD").matches("[a-zA-Z0-9_-]{1,64}");
    }

    @Test
    void endUserIdsLeaveAsKeyedHashesThatStayTheSameForTheSameUser() throws Exception {
        chat("masked", message(), ",\"user\":\"" + EMAIL + "\",\"safety_identifier\":\"" + EMAIL + "\"");
        chat("masked", message(), ",\"user\":\"" + EMAIL + "\"");

        assertThat(upstream.bodies).hasSize(2).allSatisfy(body -> assertThat(body).doesNotContain(EMAIL));
        String user = JSON.readTree(upstream.bodies.get(0)).path("user").asText();
        assertThat(user).matches("aegis-[0-9a-f]{32}");
        assertThat(JSON.readTree(upstream.bodies.get(1)).path("user").asText()).isEqualTo(user);
        assertThat(JSON.readTree(upstream.bodies.get(0)).path("safety_identifier").asText()).isEqualTo(user);
    }

    @Test
    void metadataIsForTheCallersRecordsAndNeverLeaves() throws Exception {
        HttpResponse<String> response = chat("masked", message(), ",\"metadata\":{\"customer\":\"" + EMAIL + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sent().has("metadata")).isFalse();
        assertThat(upstream.bodies.getFirst()).doesNotContain(EMAIL);
    }

    @Test
    void aPredictionIsMaskedLikeAPrompt() throws Exception {
        HttpResponse<String> response = chat("masked", message(),
                ",\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\",\"text\":\"Write to " + EMAIL + "\"}]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upstream.bodies.getFirst()).doesNotContain(EMAIL);
        assertThat(sent().at("/prediction/content/0/text").asText()).isEqualTo("Write to <EMAIL_1>");
    }

    @Test
    void toolDescriptionsAndEveryStringOfTheirSchemasAreMaskedInPlace() throws Exception {
        String tools = """
                ,"tools": [{"type": "function", "function": {"name": "refund", "description": "Refunds go to %s",
                  "parameters": {"type": "object", "properties": {
                    "card": {"type": "string", "description": "the card, e.g. %s", "default": "%s"},
                    "iban": {"type": "string", "enum": ["%s", "none"], "examples": ["%s"]}},
                    "required": ["card"]}}}]
                """.formatted(EMAIL, CARD, CARD, IBAN, IBAN);

        HttpResponse<String> response = chat("masked", message(), tools);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upstream.bodies.getFirst()).doesNotContain(EMAIL).doesNotContain(CARD).doesNotContain(IBAN);
        JsonNode function = sent().at("/tools/0/function");
        assertThat(function.path("description").asText()).isEqualTo("Refunds go to <EMAIL_1>");
        JsonNode properties = function.at("/parameters/properties");
        assertThat(properties.at("/card/default").asText()).isEqualTo("<CREDIT_CARD_1>");
        assertThat(properties.at("/card/type").asText()).isEqualTo("string");
        assertThat(properties.at("/iban/enum/0").asText()).isEqualTo("<IBAN_1>");
        assertThat(properties.at("/iban/enum/1").asText()).isEqualTo("none");
        assertThat(function.at("/parameters/required/0").asText()).isEqualTo("card");
    }

    @Test
    void stopSequencesAndAResponseFormatsSchemaAreMasked() throws Exception {
        HttpResponse<String> response = chat("masked", message(), """
                ,"stop": ["%s"], "response_format": {"type": "json_schema", "json_schema": {"name": "reply",
                  "description": "answer %s", "schema": {"type": "object", "properties": {"to": {"type": "string", "default": "%s"}}}}}
                """.formatted(EMAIL, EMAIL, EMAIL));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upstream.bodies.getFirst()).doesNotContain(EMAIL);
        assertThat(sent().at("/stop/0").asText()).isEqualTo("<EMAIL_1>");
        assertThat(sent().at("/response_format/json_schema/schema/properties/to/default").asText()).isEqualTo("<EMAIL_1>");
    }

    @Test
    void everyIngressGuardSeesTheFieldsNotOnlyPiiMask() throws Exception {
        HttpResponse<String> description = chat("guarded", message(),
                ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"compare\",\"description\":\"compare us with acme\"}}]");
        HttpResponse<String> name = chat("guarded", message("name", "acme"), "");
        HttpResponse<String> stop = chat("guarded", message(), ",\"stop\":\"acme\"");

        for (HttpResponse<String> response : java.util.List.of(description, name, stop)) {
            assertError(response, 422, "house-rules", null);
        }
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void theAuditNamesTheFieldAGuardRewroteNeverItsValue() throws Exception {
        HttpResponse<String> response = chat("masked", message(), ",\"stop\":\"" + EMAIL + "\"");

        JsonNode run = JSON.readTree(gateway.get("/v1/runs/" + response.headers().firstValue("x-aegis-run-id").orElseThrow(), RunningGateway.ALICE).body());
        assertThat(run.path("events").toString()).contains("parameters.stop").doesNotContain(EMAIL);
    }

    @Test
    void aFieldTheGatewayDoesNotKnowIsRefusedNamingIt() throws Exception {
        HttpResponse<String> unknown = chat("masked", message(), ",\"frobnicate\":{\"note\":\"" + EMAIL + "\"}");
        HttpResponse<String> legacy = chat("masked", message(), ",\"functions\":[]");
        HttpResponse<String> mistyped = chat("masked", message(), ",\"temperature\":\"" + EMAIL + "\"");

        assertError(unknown, 400, "unsupported_parameter", "frobnicate");
        assertError(legacy, 400, "unsupported_parameter", "functions");
        assertError(mistyped, 400, "invalid_parameter", "temperature");
        assertThat(mistyped.body()).doesNotContain(EMAIL);
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void runsParametersAreSamplingParametersOnlyAndCannotInjectTools() throws Exception {
        HttpResponse<String> tools = run(",\"parameters\":{\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"x\",\"description\":\"" + EMAIL + "\"}}]}");
        HttpResponse<String> messages = run(",\"parameters\":{\"messages\":[]}");
        HttpResponse<String> unknown = run(",\"parameters\":{\"frobnicate\":1}");

        assertError(tools, 400, "unsupported_parameter", "parameters.tools");
        assertError(messages, 400, "unsupported_parameter", "parameters.messages");
        assertError(unknown, 400, "unsupported_parameter", "parameters.frobnicate");
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void runsSamplingParametersAreCheckedAndTheirTextIsScanned() throws Exception {
        HttpResponse<String> response = run(",\"parameters\":{\"temperature\":0.2,\"max_tokens\":50,\"stop\":[\"" + EMAIL + "\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode sent = sent();
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(50);
        assertThat(sent.at("/stop/0").asText()).isEqualTo("<EMAIL_1>");
    }

    @Test
    void runsCannotNameAModelTheRouteDoesNotList() throws Exception {
        HttpResponse<String> unlisted = run(",\"model\":\"gpt-unlisted\"");
        assertError(unlisted, 404, "model_not_found", null);
        assertThat(upstream.bodies).isEmpty();

        HttpResponse<String> listed = run(",\"model\":\"up-2\"");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        assertThat(sent().path("model").asText()).isEqualTo("up-2");
    }

    private static HttpResponse<String> chat(String model, String message, String extra) {
        return gateway.post("/v1/chat/completions", RunningGateway.ALICE, "{\"model\":\"" + model + "\",\"messages\":[" + message + "]" + extra + "}");
    }

    private static HttpResponse<String> run(String extra) {
        return gateway.post("/v1/runs", RunningGateway.ALICE, "{\"route\":\"masked\",\"messages\":[" + message() + "]" + extra + "}");
    }

    private static String message(String... fields) {
        ObjectNode message = JSON.createObjectNode().put("role", "user").put("content", "Hello");
        for (int i = 0; i < fields.length; i += 2) {
            message.put(fields[i], fields[i + 1]);
        }
        return message.toString();
    }

    private static JsonNode sent() throws Exception {
        assertThat(upstream.bodies).hasSize(1);
        return JSON.readTree(upstream.bodies.getFirst());
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String param) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        if (param != null) {
            assertThat(error.path("param").asText()).isEqualTo(param);
        }
    }
}

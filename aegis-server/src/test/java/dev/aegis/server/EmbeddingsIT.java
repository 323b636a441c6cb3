package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /v1/embeddings} over HTTP: routes embed through {@code execute.embeddings}, behind their ingress guards. */
class EmbeddingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, """
                providers:
                  local: {type: mock}
                embeddings:
                  hashed: {type: mock, config: {model: hashed-8, dimensions: 8}}
                  unreachable: {type: openai, config: {base-url: "http://127.0.0.1:1/v1", model: remote, dimensions: 8, connect-timeout: 1s}}
                nodes:
                  rules:
                    type: regex-guard
                    config:
                      rules:
                        - {name: secret, pattern: 'top secret'}
                        - {name: card, pattern: '\\b\\d{16}\\b', action: sanitize, replacement: '[CARD]'}
                routes:
                  embed:
                    models: [hashed-8]
                    ingress: [rules]
                    execute: {embeddings: [hashed]}
                  fallback:
                    models: [remote]
                    execute: {embeddings: [unreachable, hashed]}
                  chat:
                    models: [mock-1]
                    execute: {providers: [local]}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void givesOneVectorPerInputInOrderWithTheUsage() throws Exception {
        JsonNode body = ok(embed("{\"model\":\"hashed-8\",\"input\":[\"one two\",\"three\"]}"));

        assertThat(body.path("object").asText()).isEqualTo("list");
        assertThat(body.path("model").asText()).isEqualTo("hashed-8");
        assertThat(body.path("data")).hasSize(2);
        assertThat(body.path("data").get(1).path("index").asInt()).isEqualTo(1);
        assertThat(body.path("data").get(0).path("object").asText()).isEqualTo("embedding");
        assertThat(body.path("data").get(0).path("embedding")).hasSize(8);
        assertThat(body.path("usage").path("prompt_tokens").asInt()).isEqualTo(3);
        assertThat(body.path("usage").path("total_tokens").asInt()).isEqualTo(3);
        assertThat(floats(body, 0)).isEqualTo(floats(ok(embed("{\"model\":\"hashed-8\",\"input\":\"one two\"}")), 0));
    }

    @Test
    void base64IsLittleEndianFloat32sOfTheSameVectors() throws Exception {
        JsonNode floats = ok(embed("{\"model\":\"hashed-8\",\"input\":\"one two\"}"));
        JsonNode encoded = ok(embed("{\"model\":\"hashed-8\",\"input\":\"one two\",\"encoding_format\":\"base64\"}"));

        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded.path("data").get(0).path("embedding").asText())).order(ByteOrder.LITTLE_ENDIAN);
        float[] decoded = new float[bytes.remaining() / Float.BYTES];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = bytes.getFloat();
        }
        assertThat(decoded).containsExactly(floats(floats, 0));
    }

    @Test
    void anUnknownEncodingFormatIsABadRequest() throws Exception {
        HttpResponse<String> response = embed("{\"model\":\"hashed-8\",\"input\":\"x\",\"encoding_format\":\"int8\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("invalid_encoding_format");
    }

    @Test
    void theIngressGuardBlocksOrSanitizesInputsBeforeTheyAreEmbedded() throws Exception {
        HttpResponse<String> blocked = embed("{\"model\":\"hashed-8\",\"input\":[\"fine\",\"this is top secret\"]}");
        assertThat(blocked.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(blocked.body()).path("error").path("type").asText()).isEqualTo("guardrail_refusal");

        float[] sanitized = floats(ok(embed("{\"model\":\"hashed-8\",\"input\":\"card 4111111111111111\"}")), 0);
        assertThat(sanitized).containsExactly(floats(ok(embed("{\"model\":\"hashed-8\",\"input\":\"card [CARD]\"}")), 0));
    }

    @Test
    void anUnreachableEmbedderFallsBackToTheNextOfTheRoute() throws Exception {
        JsonNode body = ok(embed("{\"model\":\"remote\",\"input\":\"one two\"}"));

        assertThat(body.path("data").get(0).path("embedding")).hasSize(8);
    }

    @Test
    void aRouteWithoutEmbeddersSaysSo() throws Exception {
        HttpResponse<String> response = embed("{\"model\":\"mock-1\",\"input\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("embeddings_not_served");
    }

    private static HttpResponse<String> embed(String json) {
        return gateway.post("/v1/embeddings", RunningGateway.ALICE, json);
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static float[] floats(JsonNode body, int index) {
        JsonNode embedding = body.path("data").get(index).path("embedding");
        float[] vector = new float[embedding.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = embedding.get(i).floatValue();
        }
        return vector;
    }
}

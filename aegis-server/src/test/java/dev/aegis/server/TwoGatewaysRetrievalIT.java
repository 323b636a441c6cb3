package dev.aegis.server;

import static dev.aegis.server.fixtures.RunningGateway.ALICE;
import static dev.aegis.server.fixtures.RunningGateway.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.PostgresSchema;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Uploads;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance criterion "two gateways on one PostgreSQL: a document added through one is found through
 * the other": two in-process gateways, each with its own data directory and Lucene index, share the state
 * store and the {@code lucene} vector store (shared mode) in one fresh PostgreSQL schema. A file attached
 * through the first is listed, searched and retrieved into a chat completion through the second; removed
 * through the second, the first stops finding it; another team never sees the store on either.
 */
class TwoGatewaysRetrievalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = "Travel expenses above five hundred euros need the controller's written approval before booking.";
    /** How long a gateway may take to see the other's write: many poll intervals (200 ms), never a fixed wait. */
    private static final long CATCH_UP_MILLIS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aDocumentAddedThroughOneGatewayIsFoundThroughTheOther() throws Exception {
        Path key = Files.writeString(dir.resolve("state.key"), "one passphrase for both gateways");
        try (PostgresSchema schema = PostgresSchema.create("aegis_twogw_"); FakeUpstream upstream = new FakeUpstream()) {
            String config = """
                    state: {type: postgres, jdbc-url: "%1$s", user: postgres, encryption-key: {secret: "file:%2$s"}}
                    providers:
                      up: {type: openai, config: {base-url: "%3$s", model: up-1}}
                    embeddings:
                      hashed: {type: mock, config: {dimensions: 64}}
                    vector-stores:
                      knowledge: {type: lucene, config: {shared: {jdbc-url: "%1$s", user: postgres, poll-interval: 200ms}}}
                    vector-store-api: {store: knowledge, embedder: hashed}
                    routes:
                      rag:
                        ingress: [{type: retrieve, config: {collections: [expenses]}}]
                        execute: {providers: [up]}
                        durability: none
                    """.formatted(schema.jdbcUrl(), key, upstream.baseUrl("quote"));
            try (RunningGateway a = RunningGateway.start(Files.createDirectories(dir.resolve("a")), config);
                    RunningGateway b = RunningGateway.start(Files.createDirectories(dir.resolve("b")), config)) {
                HttpResponse<String> created = a.post("/v1/vector_stores", ALICE, "{\"name\":\"expenses\"}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
                String store = JSON.readTree(created.body()).path("id").asText();
                HttpResponse<String> uploaded = Uploads.upload(a, ALICE, "travel.txt", POLICY.getBytes(StandardCharsets.UTF_8), "assistants");
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
                String file = JSON.readTree(uploaded.body()).path("id").asText();
                HttpResponse<String> attached = a.post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");
                assertThat(JSON.readTree(attached.body()).path("status").asText()).as(attached.body()).isEqualTo("completed");

                // B's index catches up by polling PostgreSQL: wait, bounded, until the chunk is there.
                String search = "/v1/vector_stores/" + store + "/search";
                String query = "{\"query\":\"travel expenses controller approval\"}";
                JsonNode found = until(() -> b.post(search, ALICE, query), page -> !page.path("data").isEmpty());
                JsonNode best = found.path("data").get(0);
                assertThat(best.path("file_id").asText()).isEqualTo(file);
                assertThat(best.path("filename").asText()).isEqualTo("travel.txt");
                assertThat(best.path("content").get(0).path("text").asText()).isEqualTo(POLICY);
                assertThat(ids(JSON.readTree(b.get("/v1/vector_stores?limit=100", ALICE).body()))).contains(store);
                JsonNode seenByB = JSON.readTree(b.get("/v1/vector_stores/" + store, ALICE).body());
                assertThat(seenByB.path("name").asText()).isEqualTo("expenses");
                assertThat(seenByB.path("file_counts").path("completed").asInt()).isEqualTo(1);

                HttpResponse<String> answer = b.post("/v1/chat/completions", ALICE, JSON.writeValueAsString(Map.of("model", "rag",
                        "messages", List.of(Map.of("role", "user", "content", "Who approves travel expenses above five hundred euros?")))));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode citations = JSON.readTree(answer.body()).at("/aegis/citations");
                assertThat(citations.findValuesAsText("collection")).containsExactly(store);
                assertThat(citations.findValuesAsText("document")).containsExactly(file);
                assertThat(upstream.bodies).hasSize(1);
                assertThat(upstream.bodies.getFirst()).contains(POLICY, "source=\\\"" + file + "#0\\\"");
                assertThat(JSON.readTree(answer.body()).at("/choices/0/message/content").asText()).startsWith("Quote: " + POLICY);

                for (RunningGateway gateway : List.of(a, b)) {
                    HttpResponse<String> hidden = gateway.get("/v1/vector_stores/" + store, BOB);
                    assertThat(hidden.statusCode()).isEqualTo(404);
                    assertThat(JSON.readTree(hidden.body()).path("error").path("code").asText()).isEqualTo("vector_store_not_found");
                    assertThat(gateway.post(search, BOB, query).statusCode()).isEqualTo(404);
                    assertThat(ids(JSON.readTree(gateway.get("/v1/vector_stores?limit=100", BOB).body()))).doesNotContain(store);
                }

                HttpResponse<String> removed = b.send(HttpRequest.newBuilder(b.uri("/v1/vector_stores/" + store + "/files/" + file))
                        .header("Authorization", "Bearer " + ALICE).DELETE().build());
                assertThat(JSON.readTree(removed.body()).path("deleted").asBoolean()).as(removed.body()).isTrue();
                assertThat(JSON.readTree(b.post(search, ALICE, query).body()).path("data")).isEmpty();
                until(() -> a.post(search, ALICE, query), page -> page.path("data").isEmpty());
                assertThat(JSON.readTree(a.get("/v1/vector_stores/" + store, ALICE).body()).path("file_counts").path("total").asInt()).isZero();
            }
        }
    }

    /**
     * Asks again until the answer is a 200 whose JSON satisfies {@code done}, for at most {@link #CATCH_UP_MILLIS}
     * (before the other gateway has caught up, the store may still be unknown there: 404).
     */
    private static JsonNode until(Supplier<HttpResponse<String>> call, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP_MILLIS * 1_000_000;
        while (true) {
            HttpResponse<String> response = call.get();
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 200 && done.test(body)) {
                return body;
            }
            assertThat(System.nanoTime() - deadline).as("the other gateway did not catch up within %d ms; last answer: %d %s",
                    CATCH_UP_MILLIS, response.statusCode(), body).isNegative();
            Thread.sleep(50);
        }
    }

    private static List<String> ids(JsonNode list) {
        return list.path("data").findValuesAsText("id");
    }
}

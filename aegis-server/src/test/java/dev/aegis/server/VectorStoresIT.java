package dev.aegis.server;

import static dev.aegis.server.fixtures.RunningGateway.ALICE;
import static dev.aegis.server.fixtures.RunningGateway.BOB;
import static dev.aegis.server.fixtures.RunningGateway.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Uploads;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAI-compatible files and vector stores API over HTTP, on the testkit's in-memory store and fake embedder. */
class VectorStoresIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, """
                embeddings: {words: {type: fake, config: {dimensions: 128}}}
                vector-stores: {memory: {type: in-memory}}
                vector-store-api: {max-file-bytes: 200000, chunk-tokens: 100, chunk-overlap-tokens: 20}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void anUploadedFileIsChunkedEmbeddedAndFoundBySearch() throws Exception {
        String store = createStore(ALICE, "{\"name\":\"handbook\"}");
        String text = "The reimbursement policy covers train tickets.\n\n" + "Filler sentence about nothing in particular. ".repeat(40)
                + "\n\nParking at the airport is never reimbursed.";
        String file = upload(ALICE, "policy.md", text.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> attached = post("/v1/vector_stores/" + store + "/files", ALICE,
                "{\"file_id\":\"" + file + "\",\"attributes\":{\"team\":\"finance\",\"year\":2026,\"public\":true}}");

        assertThat(attached.statusCode()).isEqualTo(200);
        JsonNode object = JSON.readTree(attached.body());
        assertThat(object.path("object").asText()).isEqualTo("vector_store.file");
        assertThat(object.path("status").asText()).isEqualTo("completed");
        assertThat(object.path("vector_store_id").asText()).isEqualTo(store);
        assertThat(object.path("last_error").isNull()).isTrue();
        assertThat(object.path("chunking_strategy").path("static").path("max_chunk_size_tokens").asInt()).isEqualTo(100);
        assertThat(Integer.parseInt(attached.headers().firstValue("Aegis-Chunks").orElseThrow())).isGreaterThan(3);

        JsonNode page = search(ALICE, store, "{\"query\":\"airport parking reimbursed\",\"max_num_results\":2}");
        assertThat(page.path("object").asText()).isEqualTo("vector_store.search_results.page");
        assertThat(page.path("search_query").get(0).asText()).isEqualTo("airport parking reimbursed");
        JsonNode best = page.path("data").get(0);
        assertThat(best.path("file_id").asText()).isEqualTo(file);
        assertThat(best.path("filename").asText()).isEqualTo("policy.md");
        assertThat(best.path("content").get(0).path("type").asText()).isEqualTo("text");
        assertThat(best.path("content").get(0).path("text").asText()).contains("Parking at the airport is never reimbursed.");
        assertThat(best.path("attributes").path("year").asInt()).isEqualTo(2026);
        assertThat(best.path("attributes").path("public").asBoolean()).isTrue();
        assertThat(best.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(page.path("data")).hasSizeLessThanOrEqualTo(2);

        JsonNode parsed = JSON.readTree(gateway.get("/v1/vector_stores/" + store + "/files/" + file + "/content", ALICE).body());
        assertThat(parsed.path("data").get(0).path("text").asText()).isEqualTo(text);
        assertThat(gateway.get("/v1/vector_stores/" + store + "/files/" + file + "/content", BOB).statusCode()).isEqualTo(404);

        JsonNode vectorStore = JSON.readTree(gateway.get("/v1/vector_stores/" + store, ALICE).body());
        assertThat(vectorStore.path("object").asText()).isEqualTo("vector_store");
        assertThat(vectorStore.path("name").asText()).isEqualTo("handbook");
        assertThat(vectorStore.path("file_counts").path("completed").asInt()).isEqualTo(1);
        assertThat(vectorStore.path("usage_bytes").asLong()).isPositive();
    }

    @Test
    void aPdfIsReadForItsText() throws Exception {
        String store = createStore(ALICE, "{\"name\":\"pdfs\"}");
        String file = upload(ALICE, "memo.pdf", Uploads.pdf("Quarterly memo", "The vault combination changes every Tuesday."));

        JsonNode attached = JSON.readTree(post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}").body());

        assertThat(attached.path("status").asText()).isEqualTo("completed");
        JsonNode found = search(ALICE, store, "{\"query\":\"vault combination\"}").path("data");
        assertThat(found.get(0).path("content").get(0).path("text").asText()).contains("vault combination changes every Tuesday");
    }

    @Test
    void aFileBatchIngestsEveryFileBeforeItAnswers() throws Exception {
        String store = createStore(ALICE, "{}");
        String text = upload(ALICE, "a.txt", "batch text about lighthouses".getBytes(StandardCharsets.UTF_8));
        String markdown = upload(ALICE, "b.md", "# Notes\n\nbatch markdown about lighthouses".getBytes(StandardCharsets.UTF_8));
        String image = upload(ALICE, "c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});

        HttpResponse<String> created = post("/v1/vector_stores/" + store + "/file_batches", ALICE, "{\"file_ids\":[\"" + text + "\",\"" + image
                + "\"],\"attributes\":{\"kind\":\"txt\"},\"files\":[{\"file_id\":\"" + markdown + "\",\"attributes\":{\"kind\":\"md\"}}]}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode batch = JSON.readTree(created.body());
        assertThat(batch.path("object").asText()).isEqualTo("vector_store.files_batch");
        assertThat(batch.path("id").asText()).startsWith("vsfb_");
        assertThat(batch.path("status").asText()).isEqualTo("completed");
        assertThat(batch.path("file_counts").path("completed").asInt()).isEqualTo(2);
        assertThat(batch.path("file_counts").path("failed").asInt()).isEqualTo(1);
        String path = "/v1/vector_stores/" + store + "/file_batches/" + batch.path("id").asText();
        assertThat(JSON.readTree(gateway.get(path, ALICE).body()).path("file_counts").path("total").asInt()).isEqualTo(3);
        assertThat(ids(JSON.readTree(gateway.get(path + "/files?filter=failed", ALICE).body()))).containsExactly(image);
        assertThat(JSON.readTree(post(path + "/cancel", ALICE, "{}").body()).path("status").asText()).isEqualTo("completed");
        assertThat(gateway.get(path, BOB).statusCode()).isEqualTo(404);
        assertThat(code(gateway.get("/v1/vector_stores/" + store + "/file_batches/vsfb_none", ALICE))).isEqualTo("file_batch_not_found");
        JsonNode markdownOnly = search(ALICE, store, "{\"query\":\"lighthouses\",\"filters\":{\"type\":\"eq\",\"key\":\"kind\",\"value\":\"md\"}}");
        assertThat(markdownOnly.path("data").findValuesAsText("file_id")).containsExactly(markdown);
    }

    @Test
    void filesContentRoundTripsAndOnlyTheUploadersTeamSeesIt() throws Exception {
        byte[] content = "payments team notes".getBytes(StandardCharsets.UTF_8);
        String file = upload(ALICE, "notes.txt", content);

        HttpResponse<byte[]> downloaded = gateway.client().send(HttpRequest.newBuilder(gateway.uri("/v1/files/" + file + "/content"))
                .header("Authorization", "Bearer " + ALICE).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.body()).isEqualTo(content);
        JsonNode retrieved = JSON.readTree(gateway.get("/v1/files/" + file, ALICE).body());
        assertThat(retrieved.path("object").asText()).isEqualTo("file");
        assertThat(retrieved.path("bytes").asInt()).isEqualTo(content.length);
        assertThat(retrieved.path("purpose").asText()).isEqualTo("assistants");
        assertThat(ids(JSON.readTree(gateway.get("/v1/files?limit=100", ALICE).body()))).contains(file);

        assertThat(gateway.get("/v1/files/" + file, BOB).statusCode()).isEqualTo(404);
        assertThat(gateway.get("/v1/files/" + file + "/content", BOB).statusCode()).isEqualTo(404);
        assertThat(ids(JSON.readTree(gateway.get("/v1/files?limit=100", BOB).body()))).doesNotContain(file);
        String bobsStore = createStore(BOB, "{}");
        HttpResponse<String> stolen = post("/v1/vector_stores/" + bobsStore + "/files", BOB, "{\"file_id\":\"" + file + "\"}");
        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(stolen.body()).path("error").path("code").asText()).isEqualTo("file_not_found");
    }

    @Test
    void aVectorStoreDoesNotExistForThoseWhoMayNotReadIt() throws Exception {
        String store = createStore(ALICE, "{\"name\":\"private\"}");
        String file = upload(ALICE, "secret.txt", "the launch date is in March".getBytes(StandardCharsets.UTF_8));
        post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");

        HttpResponse<String> seen = gateway.get("/v1/vector_stores/" + store, BOB);
        assertThat(seen.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(seen.body()).path("error").path("code").asText()).isEqualTo("vector_store_not_found");
        assertThat(post("/v1/vector_stores/" + store + "/search", BOB, "{\"query\":\"launch date\"}").statusCode()).isEqualTo(404);
        assertThat(post("/v1/vector_stores/" + store, BOB, "{\"name\":\"mine now\"}").statusCode()).isEqualTo(404);
        assertThat(gateway.send(HttpRequest.newBuilder(gateway.uri("/v1/vector_stores/" + store)).header("Authorization", "Bearer " + BOB)
                .DELETE().build()).statusCode()).isEqualTo(404);
        assertThat(gateway.get("/v1/vector_stores/" + store + "/files", BOB).statusCode()).isEqualTo(404);
        assertThat(ids(JSON.readTree(gateway.get("/v1/vector_stores?limit=100", BOB).body()))).doesNotContain(store);
        assertThat(ids(JSON.readTree(gateway.get("/v1/vector_stores?limit=100", ALICE).body()))).contains(store);
    }

    @Test
    void aegisReadersShareAStoreButNeverLockItsManagerOut() throws Exception {
        String shared = createStore(ALICE, "{\"name\":\"shared\",\"metadata\":{\"aegis_readers\":\"team:payments, team:support\"}}");
        String file = upload(ALICE, "faq.txt", "refunds take five working days".getBytes(StandardCharsets.UTF_8));
        post("/v1/vector_stores/" + shared + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");

        JsonNode found = search(BOB, shared, "{\"query\":\"refunds working days\"}");
        assertThat(found.path("data").get(0).path("content").get(0).path("text").asText()).isEqualTo("refunds take five working days");
        assertThat(JSON.readTree(gateway.get("/v1/vector_stores/" + shared, BOB).body()).path("metadata").path("aegis_readers").asText())
                .isEqualTo("team:payments, team:support");

        assertThat(code(post("/v1/vector_stores", ALICE, "{\"metadata\":{\"aegis_readers\":\"team:support\"}}"))).isEqualTo("readers_exclude_caller");
        assertThat(code(post("/v1/vector_stores", ALICE, "{\"metadata\":{\"aegis_readers\":\"payments\"}}"))).isEqualTo("invalid_readers");
        assertThat(code(post("/v1/vector_stores/" + shared, BOB, "{\"metadata\":{\"aegis_readers\":\"team:payments\"}}")))
                .isEqualTo("readers_exclude_caller");

        HttpResponse<String> narrowed = post("/v1/vector_stores/" + shared, ALICE, "{\"name\":\"payments only\",\"metadata\":{\"aegis_readers\":\"team:payments\"}}");
        assertThat(narrowed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(narrowed.body()).path("name").asText()).isEqualTo("payments only");
        assertThat(gateway.get("/v1/vector_stores/" + shared, BOB).statusCode()).isEqualTo(404);
    }

    @Test
    void equalityFiltersApplyInsideTheSearchAndOthersAreRefused() throws Exception {
        String store = createStore(ALICE, "{}");
        String english = upload(ALICE, "en.txt", "holiday allowance is thirty days".getBytes(StandardCharsets.UTF_8));
        String german = upload(ALICE, "de.txt", "holiday allowance Urlaub thirty days".getBytes(StandardCharsets.UTF_8));
        post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + english + "\",\"attributes\":{\"lang\":\"en\",\"rev\":2}}");
        post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + german + "\",\"attributes\":{\"lang\":\"de\",\"rev\":2}}");

        JsonNode onlyGerman = search(ALICE, store, "{\"query\":\"holiday allowance\",\"filters\":{\"type\":\"eq\",\"key\":\"lang\",\"value\":\"de\"}}");
        assertThat(onlyGerman.path("data").findValuesAsText("file_id")).containsExactly(german);
        JsonNode both = search(ALICE, store, "{\"query\":\"holiday allowance\",\"filters\":{\"type\":\"and\",\"filters\":["
                + "{\"type\":\"eq\",\"key\":\"rev\",\"value\":2},{\"type\":\"eq\",\"key\":\"lang\",\"value\":\"en\"}]}}");
        assertThat(both.path("data").findValuesAsText("file_id")).containsExactly(english);
        JsonNode contradictory = search(ALICE, store, "{\"query\":\"holiday\",\"filters\":{\"type\":\"and\",\"filters\":["
                + "{\"type\":\"eq\",\"key\":\"lang\",\"value\":\"de\"},{\"type\":\"eq\",\"key\":\"lang\",\"value\":\"en\"}]}}");
        assertThat(contradictory.path("data")).isEmpty();

        for (String refused : List.of("{\"type\":\"ne\",\"key\":\"lang\",\"value\":\"de\"}",
                "{\"type\":\"or\",\"filters\":[{\"type\":\"eq\",\"key\":\"lang\",\"value\":\"de\"}]}",
                "{\"type\":\"gt\",\"key\":\"rev\",\"value\":1}")) {
            HttpResponse<String> response = post("/v1/vector_stores/" + store + "/search", ALICE, "{\"query\":\"holiday\",\"filters\":" + refused + "}");
            assertThat(response.statusCode()).as(refused).isEqualTo(400);
            assertThat(code(response)).as(refused).isEqualTo("unsupported_filter");
        }
        assertThat(code(post("/v1/vector_stores/" + store + "/search", ALICE, "{\"query\":\"holiday\",\"rewrite_query\":true}")))
                .isEqualTo("unsupported_parameter");
        assertThat(code(post("/v1/vector_stores/" + store + "/search", ALICE, "{\"query\":\"holiday\",\"max_num_results\":51}")))
                .isEqualTo("invalid_max_num_results");
        JsonNode strict = search(ALICE, store, "{\"query\":\"holiday allowance\",\"ranking_options\":{\"score_threshold\":0.99}}");
        assertThat(strict.path("data")).isEmpty();
    }

    @Test
    void removingAFileRemovesItsChunksAndDeletingAFileTakesItOffEveryStore() throws Exception {
        String store = createStore(ALICE, "{}");
        String other = createStore(ALICE, "{}");
        String file = upload(ALICE, "gone.txt", "ephemeral zebra facts".getBytes(StandardCharsets.UTF_8));
        post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");
        post("/v1/vector_stores/" + other + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");
        assertThat(search(ALICE, store, "{\"query\":\"zebra\"}").path("data")).hasSize(1);

        JsonNode removed = JSON.readTree(delete("/v1/vector_stores/" + store + "/files/" + file, ALICE).body());
        assertThat(removed.path("object").asText()).isEqualTo("vector_store.file.deleted");
        assertThat(search(ALICE, store, "{\"query\":\"zebra\"}").path("data")).isEmpty();
        assertThat(gateway.get("/v1/vector_stores/" + store + "/files/" + file, ALICE).statusCode()).isEqualTo(404);

        assertThat(JSON.readTree(delete("/v1/files/" + file, ALICE).body()).path("deleted").asBoolean()).isTrue();
        assertThat(search(ALICE, other, "{\"query\":\"zebra\"}").path("data")).isEmpty();
        assertThat(JSON.readTree(gateway.get("/v1/vector_stores/" + other, ALICE).body()).path("file_counts").path("total").asInt()).isZero();
        assertThat(JSON.readTree(delete("/v1/vector_stores/" + other, ALICE).body()).path("object").asText()).isEqualTo("vector_store.deleted");
        assertThat(gateway.get("/v1/vector_stores/" + other, ALICE).statusCode()).isEqualTo(404);
    }

    @Test
    void filesThatAreNotTextOrTooLargeAreRefused() throws Exception {
        String store = createStore(ALICE, "{}");
        String image = upload(ALICE, "logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        HttpResponse<String> refused = post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + image + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("unsupported_file");

        JsonNode withImage = JSON.readTree(post("/v1/vector_stores", ALICE, "{\"file_ids\":[\"" + image + "\"]}").body());
        assertThat(withImage.path("file_counts").path("failed").asInt()).isEqualTo(1);
        JsonNode failed = JSON.readTree(gateway.get("/v1/vector_stores/" + withImage.path("id").asText() + "/files/" + image, ALICE).body());
        assertThat(failed.path("last_error").path("code").asText()).isEqualTo("unsupported_file");

        HttpResponse<String> tooLarge = Uploads.upload(gateway, ALICE, "big.txt", new byte[300_000], "assistants");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(code(tooLarge)).isEqualTo("file_too_large");
        assertThat(code(Uploads.upload(gateway, ALICE, "a.txt", new byte[3], "wishes"))).isEqualTo("invalid_purpose");
        assertThat(code(post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"x\",\"chunking_strategy\":"
                + "{\"type\":\"static\",\"static\":{\"max_chunk_size_tokens\":100,\"chunk_overlap_tokens\":60}}}"))).isEqualTo("invalid_chunking_strategy");
    }

    @Test
    void listsPageByCursor() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(createStore(CAROL, "{\"name\":\"page-" + i + "\"}"));
        }
        JsonNode first = JSON.readTree(gateway.get("/v1/vector_stores?limit=2&order=asc", CAROL).body());
        assertThat(ids(first)).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(first.path("has_more").asBoolean()).isTrue();
        JsonNode second = JSON.readTree(gateway.get("/v1/vector_stores?limit=2&order=asc&after=" + first.path("last_id").asText(), CAROL).body());
        assertThat(ids(second)).containsExactly(created.get(2));
        assertThat(second.path("has_more").asBoolean()).isFalse();
        assertThat(ids(JSON.readTree(gateway.get("/v1/vector_stores?limit=1", CAROL).body()))).containsExactly(created.get(2));
    }

    @Test
    void storeAndFileChangesAreAuditedWithoutContent() throws Exception {
        String store = createStore(ALICE, "{\"name\":\"audited\"}");
        String file = upload(ALICE, "audit.txt", "confidential quarterly numbers".getBytes(StandardCharsets.UTF_8));
        post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}");
        delete("/v1/vector_stores/" + store + "/files/" + file, ALICE);
        delete("/v1/vector_stores/" + store, ALICE);

        String log = gateway.get("/v1/audit?limit=500", CAROL).body();
        for (String type : List.of("vector_store.created", "vector_store.file_added", "vector_store.file_removed", "vector_store.deleted")) {
            JsonNode records = JSON.readTree(gateway.get("/v1/audit?limit=500&type=" + type, CAROL).body()).path("data");
            assertThat(records.toString()).as(type).contains(store);
        }
        assertThat(log).doesNotContain("confidential quarterly numbers").doesNotContain("audit.txt");
    }

    private static String createStore(String token, String body) throws Exception {
        HttpResponse<String> created = post("/v1/vector_stores", token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static String upload(String token, String filename, byte[] content) throws Exception {
        HttpResponse<String> uploaded = Uploads.upload(gateway, token, filename, content, "assistants");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        return JSON.readTree(uploaded.body()).path("id").asText();
    }

    private static JsonNode search(String token, String store, String body) throws Exception {
        HttpResponse<String> response = post("/v1/vector_stores/" + store + "/search", token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String token, String body) {
        return gateway.post(path, token, body);
    }

    private static HttpResponse<String> delete(String path, String token) {
        return gateway.send(HttpRequest.newBuilder(gateway.uri(path)).header("Authorization", "Bearer " + token).DELETE().build());
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").path("code").asText();
    }

    private static List<String> ids(JsonNode list) {
        return list.path("data").findValuesAsText("id");
    }
}

package dev.aegis.server;

import static dev.aegis.server.fixtures.RunningGateway.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.PostgresSchema;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Uploads;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector store API without a store, with a failing embedder, and files kept private on disk. */
class VectorStoreEdgesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void withoutAVectorStoreTheApiSaysSoAndFilesStillWork() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(dir, "")) {
            HttpResponse<String> refused = gateway.post("/v1/vector_stores", ALICE, "{}");

            assertThat(refused.statusCode()).isEqualTo(501);
            assertThat(JSON.readTree(refused.body()).path("error").path("code").asText()).isEqualTo("vector_stores_not_configured");
            assertThat(gateway.get("/v1/vector_stores", ALICE).statusCode()).isEqualTo(501);
            assertThat(Uploads.upload(gateway, ALICE, "a.txt", "text".getBytes(StandardCharsets.UTF_8), "assistants").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void severalEmbeddersAndNoneNamedLeaveTheApiOffSayingWhyWhileTheGatewayServes() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(dir, """
                embeddings: {small: {type: fake}, large: {type: fake, config: {dimensions: 256}}}
                vector-stores: {memory: {type: in-memory}}
                """)) {
            HttpResponse<String> refused = gateway.get("/v1/vector_stores", ALICE);

            assertThat(refused.statusCode()).isEqualTo(501);
            assertThat(JSON.readTree(refused.body()).path("error").path("message").asText())
                    .contains("several 'embeddings' entries", "small", "large", "vector-store-api.embedder");
        }
    }

    @Test
    void anEmbedderFailureLeavesTheFileFailedAndAttachingAgainReplacesIt() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(dir, """
                embeddings: {flaky: {type: fake, config: {fail-first: 1}}}
                vector-stores: {memory: {type: in-memory}}
                """)) {
            String store = JSON.readTree(gateway.post("/v1/vector_stores", ALICE, "{}").body()).path("id").asText();
            String file = JSON.readTree(Uploads.upload(gateway, ALICE, "a.txt", "unlucky first try".getBytes(StandardCharsets.UTF_8), "assistants")
                    .body()).path("id").asText();

            JsonNode failed = JSON.readTree(gateway.post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}").body());
            assertThat(failed.path("status").asText()).isEqualTo("failed");
            assertThat(failed.path("last_error").path("code").asText()).isEqualTo("server_error");
            assertThat(JSON.readTree(gateway.get("/v1/vector_stores/" + store, ALICE).body()).path("file_counts").path("failed").asInt()).isEqualTo(1);

            JsonNode retried = JSON.readTree(gateway.post("/v1/vector_stores/" + store + "/files", ALICE, "{\"file_id\":\"" + file + "\"}").body());
            assertThat(retried.path("status").asText()).isEqualTo("completed");
            JsonNode counts = JSON.readTree(gateway.get("/v1/vector_stores/" + store, ALICE).body()).path("file_counts");
            assertThat(counts.path("completed").asInt()).isEqualTo(1);
            assertThat(counts.path("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void gatewaysSharingAPostgresStateStoreServeEachOthersUploads() throws Exception {
        Path key = Files.writeString(dir.resolve("state.key"), "one passphrase for every gateway on this store");
        try (PostgresSchema schema = PostgresSchema.create("aegis_files_")) {
            String state = "state: {type: postgres, jdbc-url: \"" + schema.jdbcUrl() + "\", user: postgres, "
                    + "encryption-key: {secret: \"file:" + key + "\"}}\n";
            try (RunningGateway first = RunningGateway.start(Files.createDirectories(dir.resolve("one")), state);
                    RunningGateway second = RunningGateway.start(Files.createDirectories(dir.resolve("two")), state)) {
                byte[] content = "shared between gateways".getBytes(StandardCharsets.UTF_8);
                String file = JSON.readTree(Uploads.upload(first, ALICE, "shared.txt", content, "assistants").body()).path("id").asText();

                HttpResponse<byte[]> read = second.client().send(java.net.http.HttpRequest.newBuilder(second.uri("/v1/files/" + file + "/content"))
                        .header("Authorization", "Bearer " + ALICE).build(), HttpResponse.BodyHandlers.ofByteArray());

                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.body()).isEqualTo(content);
            }
        }
    }

    @Test
    void uploadedContentIsSealedInTheStateStore() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(dir, "")) {
            Uploads.upload(gateway, ALICE, "plain.txt", "a distinctive sentence of the upload".getBytes(StandardCharsets.UTF_8), "assistants");
        }
        try (var files = Files.walk(dir.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("a distinctive sentence");
            }
        }
    }
}

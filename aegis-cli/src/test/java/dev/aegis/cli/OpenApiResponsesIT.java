package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /openapi.json} describes every answer exactly: the gateway the README's run command starts (the repository's
 * aegis.yaml, the development keys) is driven through every operation the document describes, and each answer is
 * checked against the schema the document gives for its status; an operation the document describes and this test
 * does not call fails it too, so a new endpoint cannot go undescribed.
 */
class OpenApiResponsesIT {

    private static final String DEVELOPER = "aegis-dev-key-do-not-use-in-production";
    private static final String REVIEWER = "aegis-reviewer-key-do-not-use-in-production";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyAnswerOfEveryDescribedOperationConformsToItsSchema() throws Exception {
        Path config = ValidateCommandTest.defaultConfigIn(dir);

        KernelOptions options = KernelOptions.of(config).withEnvironment(Map.of()).withSections(AegisServer.SECTIONS);
        try (Kernel kernel = Kernel.boot(options)) {
            AegisServer server = AegisServer.start(kernel, kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0), options);
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode document = JSON.readTree(served.body());
                DescribedApi api = new DescribedApi(base, document);

                catalogAndHealth(api);
                chatAndEmbeddings(api);
                runsAndApprovals(api);
                governance(api);
                filesAndVectorStores(api);
                mcp(api);
                administration(api);

                assertThat(api.problems()).as("answers that do not match /openapi.json").isEmpty();
                assertThat(api.unexercised(document)).as("described operations this test never called").isEmpty();
                assertThat(api.exercised()).as("called but not described").isSubsetOf(api.described());
                theSameAnswersFailADocumentTheyDoNotMatch(api, document);
            } finally {
                server.close();
            }
        }
    }

    /** The checks above can fail: the answers received are checked again against a document changed in each way. */
    private static void theSameAnswersFailADocumentTheyDoNotMatch(DescribedApi api, JsonNode document) {
        JsonNode changed = document.deepCopy();
        ((ArrayNode) changed.at("/components/schemas/VectorStore/required")).add("expires_after_days");
        ((ObjectNode) changed.at("/components/schemas/FileCounts/properties/total")).put("type", "string");
        ((ObjectNode) changed.at("/components/schemas/VectorStoreFile/properties/status")).putArray("enum").add("in_progress").add("failed");
        ((ObjectNode) changed.at("/components/schemas/Run/properties/status")).putArray("enum").add("completed").add("refused").add("failed");
        ((ObjectNode) changed.at("/components/schemas/RunDelta")).putArray("required").add("index");
        ((ArrayNode) changed.at("/components/schemas/ChatCompletionChunk/properties/choices/items/properties/finish_reason/enum")).remove(5);
        ((ObjectNode) changed.at("/paths")).putObject("/v1/vector_stores/{id}/archive").putObject("post").putObject("responses");

        assertThat(api.problemsUnder(changed))
                .anySatisfy(problem -> assertThat(problem).startsWith("POST /v1/vector_stores -> 200: /: lacks the required field 'expires_after_days'"))
                .anySatisfy(problem -> assertThat(problem).startsWith("GET /v1/vector_stores/{id} -> 200: /file_counts/total: is an integer"))
                .anySatisfy(problem -> assertThat(problem).startsWith("POST /v1/vector_stores/{id}/files -> 200: /status: \"completed\" is not one of"))
                .anySatisfy(problem -> assertThat(problem).startsWith("POST /v1/runs -> 200: event 'delta' /: lacks the required field 'index'"))
                .anySatisfy(problem -> assertThat(problem).startsWith("POST /v1/runs -> 201: /status: \"paused\" is not one of"))
                .anySatisfy(problem -> assertThat(problem).startsWith("POST /v1/chat/completions -> 200: event 'message' /: matches none of oneOf")
                        .contains("/choices/0/finish_reason: null is not one of"));
        assertThat(api.problemsUnder(document)).isEmpty();
        assertThat(api.unexercised(changed)).containsExactly("POST /v1/vector_stores/{id}/archive");
    }

    private static void catalogAndHealth(DescribedApi api) {
        assertThat(api.call("GET", "/healthz", null, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/readyz", null, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/openapi.json", null, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/models", DEVELOPER, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/routes", DEVELOPER, null).status()).isEqualTo(200);
    }

    private static void chatAndEmbeddings(DescribedApi api) {
        String chat = "{\"model\": \"mock-1\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]%s}";
        assertThat(api.call("POST", "/v1/chat/completions", DEVELOPER, chat.formatted("")).status()).isEqualTo(200);
        DescribedApi.Answer streamed = api.call("POST", "/v1/chat/completions", DEVELOPER, chat.formatted(", \"stream\": true"));
        assertThat(streamed.contentType()).startsWith("text/event-stream");
        assertThat(streamed.body()).contains("data: [DONE]");
        DescribedApi.Answer withUsage = api.call("POST", "/v1/chat/completions", DEVELOPER,
                chat.formatted(", \"stream\": true, \"stream_options\": {\"include_usage\": true}"));
        assertThat(withUsage.body()).contains("\"choices\":[],\"usage\":{", "data: [DONE]");
        DescribedApi.Answer toolCall = api.call("POST", "/v1/chat/completions", DEVELOPER, """
                {"model": "mock-1", "stream": true, "messages": [{"role": "user", "content": "please call tool"}],
                 "tools": [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]}""");
        assertThat(toolCall.body()).as(toolCall.body()).contains("\"tool_calls\":[{", "\"finish_reason\":\"tool_calls\"", "data: [DONE]");

        String embed = "{\"model\": \"all-minilm-l6-v2\", \"input\": [\"How do I reset my password?\", \"Refund policy\"]%s}";
        assertThat(api.call("POST", "/v1/embeddings", DEVELOPER, embed.formatted("")).json().at("/data/1/embedding")).hasSize(384);
        assertThat(api.call("POST", "/v1/embeddings", DEVELOPER, embed.formatted(", \"encoding_format\": \"base64\"")).text("/data/0/embedding"))
                .hasSize(384 * 4 * 4 / 3);
        assertThat(api.call("POST", "/v1/embeddings", DEVELOPER, "{\"model\": \"all-minilm-l6-v2\", \"input\": \"-----BEGIN RSA PRIVATE KEY-----\"}")
                .status()).isEqualTo(422);
    }

    private static void runsAndApprovals(DescribedApi api) {
        DescribedApi.Answer plain = api.call("POST", "/v1/runs", DEVELOPER, run("payments", "What is our refund policy?", false));
        assertThat(plain.status()).as(plain.body()).isEqualTo(201);
        assertThat(plain.text("/status")).isEqualTo("completed");
        assertThat(api.call("GET", "/v1/runs/{id}", DEVELOPER, null, plain.text("/id")).status()).isEqualTo(200);
        DescribedApi.Answer streamed = api.call("POST", "/v1/runs", DEVELOPER, run("default", "stream please", true));
        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.body()).contains("event: run.event", "event: delta", "event: run\n");

        String approved = paused(api);
        assertThat(api.call("GET", "/v1/approvals", REVIEWER, null).json().path("data")).isNotEmpty();
        assertThat(api.call("GET", "/v1/approvals/{id}", REVIEWER, null, approved).text("/status")).isEqualTo("pending");
        assertThat(api.call("POST", "/v1/approvals/{id}/approve", REVIEWER, "{}", approved).text("/status")).isEqualTo("completed");
        String rejected = paused(api);
        assertThat(api.call("POST", "/v1/approvals/{id}/reject", DEVELOPER, "{\"reason\": \"not today\"}", rejected).text("/status")).isEqualTo("refused");
        assertThat(api.call("GET", "/v1/runs/{id}", DEVELOPER, null, "run_unknown").status()).isEqualTo(404);
    }

    /** A run on the payments route that waits for a second pair of eyes; its id. */
    private static String paused(DescribedApi api) {
        DescribedApi.Answer run = api.call("POST", "/v1/runs", DEVELOPER, run("payments", "Wire transfer 500 EUR to ACME", false));
        assertThat(run.text("/status")).as(run.body()).isEqualTo("paused");
        return run.text("/id");
    }

    private static void governance(DescribedApi api) {
        assertThat(api.call("GET", "/v1/audit", DEVELOPER, null).json().path("data")).isNotEmpty();
        assertThat(api.call("GET", "/v1/audit/verify", DEVELOPER, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/budgets", DEVELOPER, null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/tool-pins", DEVELOPER, null).status()).isEqualTo(200);
        // the default gateway has no MCP tool source, so there is no pin to approve: the refusal is what can be checked
        assertThat(api.call("POST", "/v1/tool-pins/approve", DEVELOPER, "{\"route\": \"default\", \"source\": \"none\", \"tool\": \"none\", \"hash\": \"sha256:00\"}")
                .status()).isEqualTo(404);
    }

    private static void administration(DescribedApi api) {
        assertThat(api.call("GET", "/v1/admin/reload", DEVELOPER, null).json().path("generation").asInt()).isZero();
        assertThat(api.call("POST", "/v1/admin/reload", DEVELOPER, null).json().path("last").path("outcome").asText()).isEqualTo("applied");
        assertThat(api.call("GET", "/v1/admin/reload", REVIEWER, null).status()).as("the reviewer has no admin role").isEqualTo(403);
    }

    private static void filesAndVectorStores(DescribedApi api) {
        String handbook = upload(api, "handbook.md", "# Refunds\n\nRefunds are paid within 14 days of a return.\n");
        String faq = upload(api, "faq.txt", "Passwords are reset from the sign-in page.\n");
        String picture = upload(api, "picture.png", "\u0089PNG not text");
        String broken = upload(api, "broken.pdf", "this is no PDF");
        assertThat(api.call("GET", "/v1/files", DEVELOPER, null).json().path("data")).hasSize(4);
        assertThat(api.call("GET", "/v1/files/{id}", DEVELOPER, null, handbook).text("/filename")).isEqualTo("handbook.md");
        assertThat(api.call("GET", "/v1/files/{id}/content", DEVELOPER, null, faq).body()).startsWith("Passwords");

        DescribedApi.Answer created = api.call("POST", "/v1/vector_stores", DEVELOPER, "{\"name\": \"handbook\", \"metadata\": {\"owner\": \"support\"}}");
        String store = created.text("/id");
        assertThat(api.call("GET", "/v1/vector_stores", DEVELOPER, null).json().path("data")).isNotEmpty();
        assertThat(api.call("GET", "/v1/vector_stores/{id}", DEVELOPER, null, store).text("/name")).isEqualTo("handbook");
        assertThat(api.call("POST", "/v1/vector_stores/{id}", DEVELOPER, "{\"name\": \"handbook 2\"}", store).text("/name")).isEqualTo("handbook 2");

        DescribedApi.Answer attached = api.call("POST", "/v1/vector_stores/{id}/files", DEVELOPER,
                "{\"file_id\": \"" + handbook + "\", \"attributes\": {\"team\": \"support\", \"year\": 2026, \"public\": true}}", store);
        assertThat(attached.text("/status")).as(attached.body()).isEqualTo("completed");
        assertThat(api.call("GET", "/v1/vector_stores/{id}/files", DEVELOPER, null, store).json().path("data")).hasSize(1);
        assertThat(api.call("GET", "/v1/vector_stores/{id}/files/{file_id}", DEVELOPER, null, store, handbook).text("/id")).isEqualTo(handbook);
        assertThat(api.call("GET", "/v1/vector_stores/{id}/files/{file_id}/content", DEVELOPER, null, store, handbook).text("/data/0/text"))
                .contains("Refunds are paid");
        assertThat(api.call("POST", "/v1/vector_stores/{id}/search", DEVELOPER, "{\"query\": \"When are refunds paid?\"}", store).json().path("data"))
                .isNotEmpty();
        assertThat(api.call("POST", "/v1/vector_stores/{id}/search", DEVELOPER,
                "{\"query\": \"refunds\", \"filters\": {\"type\": \"eq\", \"key\": \"team\", \"value\": \"sales\"}}", store).json().path("data")).isEmpty();

        DescribedApi.Answer batch = api.call("POST", "/v1/vector_stores/{id}/file_batches", DEVELOPER,
                "{\"file_ids\": [\"" + faq + "\", \"" + picture + "\", \"" + broken + "\"]}", store);
        assertThat(batch.json().at("/file_counts/failed").asInt()).as(batch.body()).isEqualTo(2);
        String batchId = batch.text("/id");
        assertThat(api.call("GET", "/v1/vector_stores/{id}/file_batches/{batch_id}", DEVELOPER, null, store, batchId).text("/status")).isEqualTo("completed");
        assertThat(api.call("POST", "/v1/vector_stores/{id}/file_batches/{batch_id}/cancel", DEVELOPER, null, store, batchId).status()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/vector_stores/{id}/file_batches/{batch_id}/files", DEVELOPER, null, store, batchId).json().path("data"))
                .hasSize(3).anySatisfy(file -> assertThat(file.at("/last_error/code").asText()).isEqualTo("unsupported_file"))
                .anySatisfy(file -> assertThat(file.at("/last_error/code").asText()).isEqualTo("invalid_file"));

        assertThat(api.call("DELETE", "/v1/vector_stores/{id}/files/{file_id}", DEVELOPER, null, store, faq).text("/object"))
                .isEqualTo("vector_store.file.deleted");
        assertThat(api.call("DELETE", "/v1/vector_stores/{id}", DEVELOPER, null, store).text("/object")).isEqualTo("vector_store.deleted");
        assertThat(api.call("DELETE", "/v1/files/{id}", DEVELOPER, null, handbook).text("/object")).isEqualTo("file");
        assertThat(api.call("GET", "/v1/vector_stores/{id}", DEVELOPER, null, store).status()).isEqualTo(404);
    }

    private static String upload(DescribedApi api, String filename, String content) {
        String boundary = "aegis-boundary-7f3a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        DescribedApi.Answer answer = api.send("POST", "/v1/files", DEVELOPER, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of(), false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.text("/id");
    }

    private static void mcp(DescribedApi api) {
        Map<String, String> accept = Map.of("Accept", "application/json, text/event-stream");
        DescribedApi.Answer initialized = api.send("POST", "/mcp", DEVELOPER, "application/json", bytes(McpHttp.INITIALIZE), accept, false);
        assertThat(initialized.status()).as(initialized.body()).isEqualTo(200);
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        Map<String, String> inSession = Map.of("Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18");
        assertThat(api.send("POST", "/mcp", DEVELOPER, "application/json", bytes(McpHttp.INITIALIZED), inSession, false).status()).isEqualTo(202);
        assertThat(api.send("POST", "/mcp", DEVELOPER, "application/json", bytes(McpHttp.LIST_TOOLS), inSession, false).body()).contains("\"tools\"");
        DescribedApi.Answer listening = api.send("GET", "/mcp", DEVELOPER, null, null, inSession, true);
        assertThat(listening.status()).isEqualTo(200);
        assertThat(listening.contentType()).startsWith("text/event-stream");
        assertThat(api.send("DELETE", "/mcp", DEVELOPER, null, null, inSession, false).status()).isEqualTo(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String run(String route, String content, boolean stream) {
        return "{\"route\": \"" + route + "\", \"stream\": " + stream + ", \"messages\": [{\"role\": \"user\", \"content\": \"" + content + "\"}]}";
    }
}

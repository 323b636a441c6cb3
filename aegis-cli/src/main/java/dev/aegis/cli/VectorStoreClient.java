package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The gateway's OpenAI-compatible files and vector stores API, as {@code aegis ingest} uses it (the JDK's HTTP client only). */
final class VectorStoreClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String apiKey;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    VectorStoreClient(String url, String apiKey) {
        this.base = url.replaceAll("/+$", "").replaceAll("/v1$", "");
        this.apiKey = apiKey;
    }

    /** A file attached to the vector store, with what {@code aegis ingest} kept in its attributes. */
    record Attached(String fileId, String status, String path, String sha256) {}

    /** The result of attaching: the file's status, its chunk count and, when it failed, why. */
    record Ingested(String status, int chunks, String error) {}

    /** The id of the first readable vector store named {@code name}, oldest first. */
    Optional<String> findStore(String name) throws IOException, InterruptedException {
        for (JsonNode store : all("/v1/vector_stores")) {
            if (store.path("name").asText().equals(name)) {
                return Optional.of(store.path("id").asText());
            }
        }
        return Optional.empty();
    }

    String createStore(String name) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        return json(send("POST", "/v1/vector_stores", body)).path("id").asText();
    }

    /** The store's files by the {@code path} attribute {@code aegis ingest} gave them. */
    Map<String, Attached> attached(String store) throws IOException, InterruptedException {
        Map<String, Attached> byPath = new java.util.LinkedHashMap<>();
        for (JsonNode file : all("/v1/vector_stores/" + store + "/files")) {
            JsonNode attributes = file.path("attributes");
            if (attributes.hasNonNull("path")) {
                byPath.put(attributes.path("path").asText(), new Attached(file.path("id").asText(), file.path("status").asText(),
                        attributes.path("path").asText(), attributes.path("sha256").asText()));
            }
        }
        return byPath;
    }

    String upload(String filename, byte[] content) throws IOException, InterruptedException {
        String boundary = "aegis-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        String encoded = filename.replace("\"", "%22").replace("\r", "").replace("\n", "");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + encoded + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request("/v1/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return json(client.send(request, HttpResponse.BodyHandlers.ofString())).path("id").asText();
    }

    Ingested attach(String store, String fileId, Map<String, String> attributes) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("file_id", fileId);
        ObjectNode values = body.putObject("attributes");
        attributes.forEach(values::put);
        HttpResponse<String> response = send("POST", "/v1/vector_stores/" + store + "/files", body);
        JsonNode file = json(response);
        int chunks = response.headers().firstValue("Aegis-Chunks").map(Integer::parseInt).orElse(0);
        return new Ingested(file.path("status").asText(), chunks, file.path("last_error").path("message").asText(""));
    }

    /** Takes the file off the store and deletes it; a file already gone is fine. */
    void remove(String store, String fileId) throws IOException, InterruptedException {
        for (String path : List.of("/v1/vector_stores/" + store + "/files/" + fileId, "/v1/files/" + fileId)) {
            HttpResponse<String> response = client.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 404) {
                json(response);
            }
        }
    }

    private List<JsonNode> all(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        while (true) {
            String query = "?limit=100&order=asc" + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = json(client.send(request(path + query).GET().build(), HttpResponse.BodyHandlers.ofString()));
            page.path("data").forEach(items::add);
            if (!page.path("has_more").asBoolean(false) || page.path("last_id").isNull()) {
                return items;
            }
            after = page.path("last_id").asText();
        }
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + apiKey);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        JsonNode json = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("the gateway answered " + response.statusCode() + " " + json.at("/error/code").asText() + ": "
                    + json.at("/error/message").asText());
        }
        return json;
    }
}

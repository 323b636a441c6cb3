package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** An example configuration served in-process on a free port, with no API key in its environment. */
final class ExampleGateway implements AutoCloseable {

    static final String DEVELOPER = "aegis-dev-key-do-not-use-in-production";
    static final String REVIEWER = "aegis-reviewer-key-do-not-use-in-production";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Kernel kernel;
    private final AegisServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ExampleGateway(Kernel kernel, AegisServer server) {
        this.kernel = kernel;
        this.server = server;
    }

    /** Starts a prepared copy of the example (see {@link ExampleConfigs#prepare}) in {@code dir}. */
    static ExampleGateway start(String example, Path dir) throws IOException {
        Kernel kernel = Kernel.boot(KernelOptions.of(ExampleConfigs.prepare(example, dir)).withEnvironment(Map.of()).withSections(AegisServer.SECTIONS));
        try {
            return new ExampleGateway(kernel, AegisServer.start(kernel, kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0)));
        } catch (RuntimeException e) {
            kernel.close();
            throw e;
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A chat completion with one user message. */
    HttpResponse<String> chat(String key, String model, String message) {
        return post("/v1/chat/completions", key, JSON.createObjectNode().put("model", model)
                .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", message))).toString());
    }

    HttpResponse<String> post(String path, String key, String body) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), key);
    }

    JsonNode get(String path, String key) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url() + path)).GET(), key);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** The audit events of one run, of one type, newest first. */
    JsonNode audit(String run, String type) {
        return get("/v1/audit?run=" + run + "&type=" + type, DEVELOPER).path("data");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String runId(HttpResponse<String> response) {
        return response.headers().firstValue("x-aegis-run-id").orElseThrow(() -> new AssertionError("no run id: " + response.body()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String key) {
        try {
            return client.send(request.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            kernel.close();
        }
    }
}

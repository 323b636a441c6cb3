package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation {@code /openapi.json} describes is served by the gateway the README's run command
 * starts (the repository's aegis.yaml): the SDKs are checked against the document, so a described
 * endpoint the server does not mount would pass their checks and fail their users.
 */
class OpenApiCoverageIT {

    private static final String DEV_KEY = "aegis-dev-key-do-not-use-in-production";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyDescribedOperationIsServedByTheDefaultGateway() throws Exception {
        Path config = ValidateCommandTest.defaultConfigIn(dir);

        try (Kernel kernel = Kernel.boot(KernelOptions.of(config).withEnvironment(Map.of()).withSections(AegisServer.SECTIONS))) {
            AegisServer server = AegisServer.start(kernel, kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0));
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                JsonNode document = JSON.readTree(client.send(request(server.port(), "GET", "/openapi.json"), HttpResponse.BodyHandlers.ofString()).body());
                List<String> unserved = new ArrayList<>();
                int operations = 0;
                for (var path : document.path("paths").properties()) {
                    for (var operation : path.getValue().properties()) {
                        String method = operation.getKey().toUpperCase(Locale.ROOT);
                        String concrete = path.getKey().replaceAll("\\{[^}]+}", "unknown-id");
                        HttpResponse<String> response = client.send(request(server.port(), method, concrete), HttpResponse.BodyHandlers.ofString());
                        operations++;
                        if (response.statusCode() == 404 && response.body().contains("\"code\":\"not_found\"")) {
                            unserved.add(method + " " + path.getKey());
                        }
                    }
                }
                assertThat(operations).isGreaterThan(30);
                assertThat(unserved).as("described in /openapi.json but not served").isEmpty();
            } finally {
                server.close();
            }
        }
    }

    private static HttpRequest request(int port, String method, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + DEV_KEY)
                .header("Accept", "application/json, text/event-stream");
        if (method.equals("POST")) {
            return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        }
        return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
}

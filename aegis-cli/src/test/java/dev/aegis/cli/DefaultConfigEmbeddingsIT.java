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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's aegis.yaml, with no API key in the environment and the plugins the CLI bundles,
 * serves {@code /v1/embeddings} with the in-process MiniLM: 384 floats per input, behind the house rules.
 */
class DefaultConfigEmbeddingsIT {

    private static final String DEV_KEY = "aegis-dev-key-do-not-use-in-production";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDefaultConfigEmbedsWithTheLocalModelAndNoKey() throws Exception {
        assertThat(Files.readString(ValidateCommandTest.EXAMPLE)).contains("data-dir: data\n");
        Path config = ValidateCommandTest.defaultConfigIn(dir);

        try (Kernel kernel = Kernel.boot(KernelOptions.of(config).withEnvironment(Map.of()).withSections(AegisServer.SECTIONS))) {
            AegisServer server = AegisServer.start(kernel, kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0));
            try {
                HttpResponse<String> response = post(server.port(), "{\"model\":\"all-minilm-l6-v2\",\"input\":[\"How do I reset my password?\",\"Refund policy\"]}");

                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.path("model").asText()).isEqualTo("all-minilm-l6-v2");
                assertThat(body.path("data")).hasSize(2).allSatisfy(item -> assertThat(item.path("embedding")).hasSize(384));
                assertThat(body.path("usage").path("prompt_tokens").asInt()).isPositive();

                HttpResponse<String> refused = post(server.port(), "{\"model\":\"all-minilm-l6-v2\",\"input\":\"-----BEGIN RSA PRIVATE KEY-----\"}");
                assertThat(refused.statusCode()).as("the house rules screen embedding inputs too").isEqualTo(422);
            } finally {
                server.close();
            }
        }
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/embeddings"))
                .header("Authorization", "Bearer " + DEV_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}

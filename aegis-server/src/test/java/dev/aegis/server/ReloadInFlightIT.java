package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.GatedModelPlugin;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload while a stream is under way: the stream ends on the model of the load it started on, new
 * requests are answered by the new load at once, and the old load's model is closed only after the
 * stream's last byte, never under it.
 */
class ReloadInFlightIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin-token";
    private static final String AUTH = """
            auth:
              - type: test-tokens
                config:
                  tokens:
                    admin-token: {principal: ops, team: platform, roles: [admin]}
            """;
    private static final String ROUTES = """
            providers:
              model: {type: gated, config: {name: %s}}
            routes:
              chat: {models: [gated-1], execute: {providers: [model]}, durability: none}
            """;

    @TempDir
    Path dir;

    @Test
    void aStreamFinishesOnTheLoadItStartedOnWhichIsClosedOnlyAfterItsLastByte() throws Exception {
        GatedModelPlugin.hold("first");
        GatedModelPlugin.hold("second");
        GatedModelPlugin.open("second");
        try (RunningGateway gateway = RunningGateway.start(dir, AUTH, ROUTES.formatted("first"))) {
            HttpResponse<InputStream> stream = gateway.client().send(HttpRequest.newBuilder(gateway.uri("/v1/chat/completions"))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gated-1\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            StringBuilder received = new StringBuilder();
            readUntil(lines, received, "first words from first");

            Path config = dir.resolve("aegis.yaml");
            Files.writeString(config, Files.readString(config).replace("name: first", "name: second"));
            JsonNode reload = JSON.readTree(gateway.post("/v1/admin/reload", ADMIN, "").body());
            assertThat(reload.path("last").path("outcome").asText()).as(reload.toString()).isEqualTo("applied");
            assertThat(reload.path("generation").asInt()).isEqualTo(1);

            HttpResponse<String> fresh = gateway.post("/v1/chat/completions", ADMIN,
                    "{\"model\":\"gated-1\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(fresh.body()).at("/choices/0/message/content").asText()).isEqualTo("answered by second");
            assertThat(GatedModelPlugin.closed("first")).as("the stream still runs on the first load's model").isFalse();

            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> readUntil(lines, received, "[DONE]"));
            GatedModelPlugin.open("first");
            assertThat(rest.get(30, TimeUnit.SECONDS)).contains("the rest").contains("\"finish_reason\":\"stop\"");

            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!GatedModelPlugin.closed("first") && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(GatedModelPlugin.closed("first")).as("the first load is closed once its last stream ended").isTrue();
            assertThat(GatedModelPlugin.closed("second")).as("the load in service stays open").isFalse();
        }
        assertThat(GatedModelPlugin.closed("second")).as("closing the gateway closes the load in service").isTrue();
    }

    private static String readUntil(BufferedReader lines, StringBuilder received, String marker) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                received.append(line).append('\n');
                if (line.contains(marker)) {
                    return received.toString();
                }
            }
            throw new AssertionError("the stream ended before '" + marker + "': " + received);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

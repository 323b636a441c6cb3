package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real gateway process with a slow SSE stream running: readiness falls at once, a new
 * request is refused with 503 {@code shutting_down}, the stream ends complete, the process exits 0.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DrainIT {

    private static final String USER = "crash-user-key";

    @TempDir
    Path dir;

    @Test
    void sigtermDrainsARunningStreamAndRefusesNewRequestsThenExitsZero() throws Exception {
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, """
                data-dir: "%s"
                server: {drain-timeout: 60s}
                auth:
                  - type: api-key
                    config:
                      keys:
                        - {hash: "sha256:28dc6ce405afcc1b2c359fd20484643f61ba95e66aa1fcb035d8005c65541edf", principal: user, team: ops}
                providers:
                  slow: {type: mock, config: {reply: "one two three four five six seven eight nine ten", chunk-size: 4, chunk-delay: 250ms}}
                routes:
                  chat:
                    models: [mock-1]
                    execute: {providers: [slow]}
                """.formatted(dir.resolve("data")));
        GatewayProcess gateway = GatewayProcess.start(config, freePort(), dir, "drain");
        try {
            HttpResponse<InputStream> stream = gateway.client().send(HttpRequest.newBuilder(gateway.uri("/v1/chat/completions"))
                    .header("Authorization", "Bearer " + USER).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"model": "mock-1", "stream": true, "messages": [{"role": "user", "content": "count"}]}"""))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String first = events.readLine();
            assertThat(first).as("the stream started").startsWith("data:");
            lines.add(first);
            CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = events.readLine(); line != null; line = events.readLine()) {
                        lines.add(line);
                    }
                    return lines;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            gateway.signal("TERM");

            assertThat(eventually(() -> gateway.send("GET", "/readyz", null, null).statusCode() == 503)).as("readiness falls").isTrue();
            assertThat(gateway.send("GET", "/healthz", null, null).statusCode()).as("liveness stays").isEqualTo(200);
            HttpResponse<String> refused = gateway.send("POST", "/v1/chat/completions", USER, """
                    {"model": "mock-1", "messages": [{"role": "user", "content": "hi"}]}""");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("\"code\":\"shutting_down\"");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(rest.isDone()).as("the stream is still running while new requests are refused").isFalse();

            List<String> all = rest.get(60, TimeUnit.SECONDS);
            String text = String.join("\n", all);
            assertThat(text).as("the stream ended complete").contains("data: [DONE]").contains("\"finish_reason\":\"stop\"");
            assertThat(gateway.exitCode(Duration.ofSeconds(60))).as("exited: %s", gateway.log()).hasValue(0);
            assertThat(gateway.log()).contains("Aegis draining", "drained: every admitted request finished", "Aegis stopped");
        } finally {
            gateway.close();
        }
    }

    private static boolean eventually(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

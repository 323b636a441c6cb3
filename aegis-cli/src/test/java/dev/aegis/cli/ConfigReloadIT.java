package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real gateway process whose {@code aegis.yaml} is rewritten under load: a good file is served
 * (a new route answers, a guard changed), a bad one and one that needs a restart change nothing
 * and say why, SIGHUP reloads; no request fails meanwhile.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ConfigReloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "crash-user-key";
    private static final String ADMIN = "reload-admin-key";

    @TempDir
    Path dir;

    @Test
    void goodFilesAreServedBadOnesChangeNothingAndNoRequestFailsMeanwhile() throws Exception {
        Path config = dir.resolve("aegis.yaml");
        write(config, file("forbidden", ""));
        try (GatewayProcess gateway = GatewayProcess.start(config, freePort(), dir, "reload")) {
            assertThat(chat(gateway, "mock-1", "a forbidden word").statusCode()).as("the first guard blocks").isEqualTo(422);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                load.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> response = chat(gateway, "mock-1", "hello there");
                            if (response.statusCode() != 200) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }

            // (a) a good file: a new route, and the guard now blocks another word
            write(config, file("banned", """
                  extra:
                    models: [extra-1]
                    execute: {providers: [local]}
                """));
            JsonNode applied = reloadStatus(gateway, status -> status.path("generation").asLong() == 1);
            assertThat(applied.at("/last/outcome").asText()).isEqualTo("applied");
            assertThat(applied.at("/last/trigger").asText()).isEqualTo("file");
            assertThat(chat(gateway, "extra-1", "hi").statusCode()).as("the new route answers").isEqualTo(200);
            assertThat(chat(gateway, "mock-1", "a banned word").statusCode()).as("the changed guard blocks").isEqualTo(422);
            assertThat(chat(gateway, "mock-1", "a forbidden word").statusCode()).as("the old rule is gone").isEqualTo(200);

            // (b) a bad file: refused, reported, the old plan still serves
            write(config, file("banned", """
                  extra:
                    models: [extra-1]
                    execute: {providers: [nowhere]}
                """));
            JsonNode refused = reloadStatus(gateway, status -> status.at("/last/outcome").asText().equals("refused"));
            assertThat(refused.path("generation").asLong()).isEqualTo(1);
            assertThat(refused.at("/last/errors").toString()).contains("routes.extra.execute.providers[0]", "unknown provider 'nowhere'");
            assertThat(chat(gateway, "extra-1", "hi").statusCode()).isEqualTo(200);
            assertThat(gateway.log()).contains(config + " is invalid (1 error):", "  routes.extra.execute.providers[0]: unknown provider 'nowhere'");

            // a section only a restart applies: refused as a whole, nothing half-applied
            write(config, file("banned", "").replace("server: {}", "server: {max-request-bytes: 1000}").replace("mock-1]", "mock-1, renamed-1]"));
            JsonNode restart = reloadStatus(gateway, status -> status.at("/last/outcome").asText().equals("restart_required"));
            assertThat(restart.at("/last/restart_required_for").toString()).isEqualTo("[\"server\"]");
            assertThat(chat(gateway, "renamed-1", "hi").statusCode()).as("the route change of that file was not applied").isEqualTo(404);

            // (c) SIGHUP reloads the file as it is now
            write(config, file("banned", ""));
            reloadStatus(gateway, status -> status.path("generation").asLong() == 2);
            assertThat(chat(gateway, "extra-1", "hi").statusCode()).as("the route the file no longer has").isEqualTo(404);
            gateway.signal("HUP");
            JsonNode signalled = reloadStatus(gateway, status -> status.path("generation").asLong() == 3);
            assertThat(signalled.at("/last/trigger").asText()).isEqualTo("signal");

            stop.set(true);
            for (Thread thread : load) {
                thread.join();
            }
            assertThat(answered.get()).isPositive();
            assertThat(failures).as("requests that failed during the reloads").isEmpty();
            assertThat(gateway.send("GET", "/v1/admin/reload", USER, null).statusCode()).as("the status is for admins").isEqualTo(403);
        }
    }

    private static HttpResponse<String> chat(GatewayProcess gateway, String model, String text) throws Exception {
        return gateway.send("POST", "/v1/chat/completions", USER, """
                {"model": "%s", "messages": [{"role": "user", "content": "%s"}]}""".formatted(model, text));
    }

    private static JsonNode reloadStatus(GatewayProcess gateway, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = gateway.send("GET", "/v1/admin/reload", ADMIN, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            status = JSON.readTree(response.body());
            if (until.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the reload status did not turn as expected: " + status + "\n" + gateway.log());
    }

    // as an editor or a deployment tool saves: a whole new file renamed over the old one
    private void write(Path config, String yaml) throws Exception {
        Path next = dir.resolve("aegis.yaml.tmp");
        Files.writeString(next, yaml);
        Files.move(next, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String file(String blocked, String moreRoutes) {
        return """
                data-dir: "%s"
                server: {}
                auth:
                  - type: api-key
                    config:
                      keys:
                        - {hash: "sha256:28dc6ce405afcc1b2c359fd20484643f61ba95e66aa1fcb035d8005c65541edf", principal: user, team: ops}
                        - {hash: "sha256:3eda31d9e76df183607d2be49f7d183e782887f2aabe7229c0f93c56d1c5c122", principal: root, team: ops, roles: [admin]}
                providers:
                  local: {type: mock}
                routes:
                  chat:
                    models: [mock-1]
                    ingress: [{type: regex-guard, config: {rules: [{name: word, pattern: '%s'}]}}]
                    execute: {providers: [local]}
                %s""".formatted(dir.resolve("data"), blocked, moreRoutes);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

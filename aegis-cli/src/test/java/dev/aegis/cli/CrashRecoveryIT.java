package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real gateway process: a run pauses for approval, the process is killed with SIGKILL, a new
 * process starts on the same state store, the run is approved there and completes; the audit chain
 * still verifies.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "crash-user-key";
    private static final String APPROVER = "crash-approver-key";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aPausedRunSurvivesSigkillAndCompletesAfterApprovalOnTheNextProcess(String store) throws Exception {
        Path config = config(store);
        int port = freePort();
        gateway = start(config, port);

        HttpResponse<String> paused = chat(port, "please make a wire transfer to the supplier");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(409);
        String runId = JSON.readTree(paused.body()).at("/error/param").asText();
        assertThat(runId).startsWith("run_");

        gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(gateway.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        gateway = start(config, port);
        JsonNode pending = JSON.readTree(send(port, "GET", "/v1/approvals", APPROVER, null).body());
        assertThat(pending.path("data").findValuesAsText("run_id")).contains(runId);

        HttpResponse<String> approved = send(port, "POST", "/v1/approvals/" + runId + "/approve", APPROVER, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("status").asText()).isEqualTo("completed");

        JsonNode run = JSON.readTree(send(port, "GET", "/v1/runs/" + runId, USER, null).body());
        assertThat(run.path("status").asText()).isEqualTo("completed");
        assertThat(run.at("/output/content").asText()).isEqualTo("Mock reply to: please make a wire transfer to the supplier");
        assertThat(run.path("events").findValuesAsText("type")).contains("paused", "approval", "completed");
        assertThat(send(port, "POST", "/v1/approvals/" + runId + "/approve", APPROVER, null).statusCode())
                .as("a run is resumed once").isEqualTo(409);

        gateway.destroy();
        gateway.waitFor(30, TimeUnit.SECONDS);
        CommandLineRun verify = CommandLineRun.of("audit", "verify", "--config", config.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("audit log intact");
    }

    private Path config(String store) throws IOException, SQLException {
        String state = "state: {type: sqlite}\n";
        if (store.equals("postgres")) {
            Assumptions.assumeTrue(postgresReachable(), "PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: skipped");
            String schema = "aegis_crash_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            state = "state: {type: postgres, jdbc-url: \"" + POSTGRES + "?currentSchema=" + schema + "\", user: postgres}\n";
        }
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, "data-dir: \"" + dir.resolve("data") + "\"\n" + state + """
                auth:
                  - type: api-key
                    config:
                      keys:
                        - {hash: "sha256:28dc6ce405afcc1b2c359fd20484643f61ba95e66aa1fcb035d8005c65541edf", principal: user, team: ops}
                        - {hash: "sha256:4b5ac6daa00e6c17bb2991ba7094ac63b89f4306bf53e8d96e9d830a3c0b542d", principal: boss, team: ops, roles: [approver]}
                providers: {local: {type: mock}}
                routes:
                  payments:
                    models: [mock-1]
                    ingress: [{type: regex-guard, config: {rules: [{name: wire, pattern: 'wire transfer', action: require-approval}]}}]
                    execute: {providers: [local]}
                    durability: pause-and-end
                """);
        return config;
    }

    private Process start(Path config, int port) throws Exception {
        Path jar = Path.of("target", "aegis.jar");
        assertThat(jar).as("the packaged CLI jar (failsafe runs after package)").exists();
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--config", config.toString(), "--port", Integer.toString(port), "--plugins-dir", dir.resolve("none").toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("gateway-" + System.nanoTime() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the gateway process is running").isTrue();
            try {
                if (send(port, "GET", "/readyz", null, null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the gateway did not become ready");
    }

    private HttpResponse<String> chat(int port, String text) throws Exception {
        return send(port, "POST", "/v1/chat/completions", USER,
                "{\"model\":\"mock-1\",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}");
    }

    private HttpResponse<String> send(int port, String method, String path, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A durable run's document at rest: stored as the model saw it (placeholders, not the personal data
 * {@code pii-unmask} restored for the caller), the originals sealed beside it; its own principal
 * still reads the answer it was given, an approver reads placeholders unless it has the
 * {@code pii-reader} role, before and after a restart.
 */
class RunDocumentsAtRestIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "alice.smith@example.com";
    private static final String OWNER = "bob-token";
    private static final String APPROVER = "alice-token";
    private static final String PII_READER = "rita-token";
    private static final String STRANGER = "mallory-token";
    private static final String AUTH = """
            auth:
              - type: test-tokens
                config:
                  tokens:
                    bob-token: {principal: bob, team: support}
                    alice-token: {principal: alice, team: payments, roles: [approver]}
                    rita-token: {principal: rita, team: payments, roles: [approver, pii-reader]}
                    mallory-token: {principal: mallory, team: support}
            """;

    @TempDir
    Path dir;

    FakeUpstream upstream;
    RunningGateway gateway;

    @BeforeEach
    void start() throws IOException {
        upstream = new FakeUpstream();
        gateway = start(dir, upstream);
    }

    @AfterEach
    void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void aDecidedRunIsStoredMaskedAndItsOwnerStillReadsTheAnswerItWasGiven() throws Exception {
        String runId = pausedRun();
        assertThat(gateway.post("/v1/approvals/" + runId + "/approve", APPROVER, "{}").statusCode()).isEqualTo(200);

        assertThat(output(gateway.get("/v1/runs/" + runId, OWNER))).contains(EMAIL);
        assertThat(output(gateway.get("/v1/runs/" + runId, APPROVER))).doesNotContain(EMAIL).contains("<EMAIL_");
        assertThat(output(gateway.get("/v1/runs/" + runId, PII_READER))).contains(EMAIL);
        assertThat(gateway.get("/v1/runs/" + runId, STRANGER).statusCode()).isEqualTo(404);

        StoredRow row = storedRow(runId);
        assertThat(row.document()).contains("<EMAIL_").doesNotContain(EMAIL);
        assertThat(row.originals()).as("the originals are kept, sealed").isNotEmpty();
        assertThat(new String(row.originals(), StandardCharsets.ISO_8859_1)).doesNotContain(EMAIL);
        assertThat(databaseBytes()).as("no file of the state store holds the address in clear").doesNotContain(EMAIL);
    }

    @Test
    void theApproversAnswerShowsTheOutcomeMaskedUnlessItMayReadPersonalData() throws Exception {
        HttpResponse<String> approved = gateway.post("/v1/approvals/" + pausedRun() + "/approve", APPROVER, "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(output(approved)).doesNotContain(EMAIL).contains("<EMAIL_");

        HttpResponse<String> byReader = gateway.post("/v1/approvals/" + pausedRun() + "/approve", PII_READER, "{}");
        assertThat(byReader.statusCode()).as(byReader.body()).isEqualTo(200);
        assertThat(output(byReader)).contains(EMAIL);
    }

    @Test
    void afterARestartTheStoredDocumentIsRestoredForItsOwnerOnly() throws Exception {
        String runId = pausedRun();
        assertThat(gateway.post("/v1/approvals/" + runId + "/approve", APPROVER, "{}").statusCode()).isEqualTo(200);
        gateway.close();
        gateway = start(dir, upstream);

        HttpResponse<String> owner = gateway.get("/v1/runs/" + runId, OWNER);
        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
        assertThat(output(owner)).isEqualTo("Echo: Please wire transfer 100 EUR to " + EMAIL + " today");
        assertThat(JSON.readTree(owner.body()).path("status").asText()).isEqualTo("completed");
        assertThat(output(gateway.get("/v1/runs/" + runId, APPROVER))).doesNotContain(EMAIL).contains("<EMAIL_");
        assertThat(output(gateway.get("/v1/runs/" + runId, PII_READER))).contains(EMAIL);
        assertThat(gateway.get("/v1/runs/" + runId, STRANGER).statusCode()).isEqualTo(404);
    }

    @Test
    void aClientWaitingOnItsPausedRequestGetsTheAnswerWithItsOwnData() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> gateway.post("/v1/chat/completions", OWNER,
                "{\"model\":\"up-1\",\"messages\":[{\"role\":\"user\",\"content\":\"Please wire transfer 100 EUR to " + EMAIL + " today\"}]}"));
        String runId = pendingApproval();
        assertThat(gateway.post("/v1/approvals/" + runId + "/approve", APPROVER, "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> answer = waiting.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).at("/choices/0/message/content").asText()).contains(EMAIL);
        assertThat(storedRow(runId).document()).doesNotContain(EMAIL);
    }

    @Test
    void aStoreWrittenByAnEarlierVersionIsUpgradedAndItsDocumentsStillRead() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("earlier/data"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + earlier.resolve("aegis.db"));
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE aegis_run_documents (run_id VARCHAR(100) PRIMARY KEY, principal VARCHAR(200) NOT NULL, "
                    + "status VARCHAR(20) NOT NULL, document TEXT NOT NULL)");
            statement.execute("INSERT INTO aegis_run_documents VALUES ('run_old', 'bob', 'completed', "
                    + "'{\"id\":\"run_old\",\"object\":\"run\",\"status\":\"completed\",\"output\":{\"role\":\"assistant\",\"content\":\"old\"}}')");
        }
        gateway.close();
        gateway = start(dir.resolve("earlier"), upstream);

        assertThat(output(gateway.get("/v1/runs/run_old", OWNER))).isEqualTo("old");
        String runId = pausedRun();
        assertThat(gateway.post("/v1/approvals/" + runId + "/approve", APPROVER, "{}").statusCode()).isEqualTo(200);
        assertThat(output(gateway.get("/v1/runs/" + runId, APPROVER))).doesNotContain(EMAIL);
    }

    private static RunningGateway start(Path dir, FakeUpstream upstream) throws IOException {
        return RunningGateway.start(dir, AUTH, """
                approvals: {wait-for-decision: 30s}
                providers:
                  up: {type: openai, config: {base-url: "%s", model: up-1}}
                routes:
                  wire:
                    models: [up-1]
                    ingress: [pii-mask, {type: regex-guard, config: {rules: [{name: wire, pattern: 'wire transfer', action: require-approval}]}}]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                    durability: pause-and-end
                """.formatted(upstream.baseUrl("echo")));
    }

    private String pausedRun() throws IOException {
        HttpResponse<String> created = gateway.post("/v1/runs", OWNER,
                "{\"route\":\"wire\",\"messages\":[{\"role\":\"user\",\"content\":\"Please wire transfer 100 EUR to " + EMAIL + " today\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode run = JSON.readTree(created.body());
        assertThat(run.path("status").asText()).isEqualTo("paused");
        return run.path("id").asText();
    }

    private String pendingApproval() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode pending = JSON.readTree(gateway.get("/v1/approvals", APPROVER).body()).path("data");
            if (!pending.isEmpty()) {
                return pending.get(0).path("run_id").asText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never paused");
    }

    private static String output(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).at("/output/content").asText();
    }

    private record StoredRow(String document, byte[] originals) {}

    private StoredRow storedRow(String runId) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/aegis.db"));
                PreparedStatement select = connection.prepareStatement("SELECT document, originals FROM aegis_run_documents WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a stored document for " + runId).isTrue();
                byte[] originals = row.getBytes(2);
                return new StoredRow(row.getString(1), originals == null ? new byte[0] : originals);
            }
        }
    }

    private String databaseBytes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : new String[] {"aegis.db", "aegis.db-wal"}) {
            Path file = dir.resolve("data").resolve(name);
            if (Files.exists(file)) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gateway whose audit log cannot be written acknowledges nothing: every interface answers 503 or ends its stream in an error. */
class AuditUnavailableIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void startAndBreakTheLog() throws Exception {
        gateway = RunningGateway.start(dir, """
                providers: {local: {type: mock}}
                routes:
                  support: {models: [mock-1], execute: {providers: [local]}, durability: none}
                """);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("aegis.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM aegis_audit_chains");
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aCompletionThatCannotBeRecordedIsAnsweredWith503() throws Exception {
        HttpResponse<String> response = chat(false);

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("audit_unavailable");
        assertThat(error.path("message").asText()).contains("not acknowledged");
    }

    @Test
    void aStreamThatCannotBeRecordedEndsInAnErrorEventWithoutDone() {
        HttpResponse<String> response = chat(true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("audit_unavailable").doesNotContain("[DONE]").doesNotContain("\"finish_reason\":\"stop\"");
    }

    @Test
    void aNativeRunThatCannotBeRecordedIsAnsweredWith503() {
        HttpResponse<String> response = gateway.post("/v1/runs", RunningGateway.BOB,
                "{\"route\":\"support\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("audit_unavailable");
    }

    private static HttpResponse<String> chat(boolean stream) {
        return gateway.post("/v1/chat/completions", RunningGateway.BOB,
                "{\"model\":\"mock-1\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}");
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, """
                providers: {local: {type: mock}}
                nodes:
                  house-rules: {type: regex-guard, config: {rules: [{name: competitor, pattern: 'acme'}]}}
                routes:
                  support: {models: [mock-1], ingress: [house-rules], execute: {providers: [local]}, durability: none}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void everyAcknowledgedRunHasItsVerdictsCallsAndOutcomeInTheLog() throws Exception {
        HttpResponse<String> answered = chat("hello", false);
        HttpResponse<String> refused = chat("tell me about acme", false);
        HttpResponse<String> streamed = chat("stream it", true);

        for (HttpResponse<String> response : new HttpResponse[] {answered, refused, streamed}) {
            String run = response.headers().firstValue("x-aegis-run-id").orElseThrow();
            JsonNode rows = JSON.readTree(gateway.get("/v1/audit?run=" + run, RunningGateway.CAROL).body()).path("data");
            assertThat(rows.findValuesAsText("type")).as(run).contains("run.started", "verdict");
            assertThat(rows.findValuesAsText("principal")).containsOnly("bob");
        }
        String refusedRun = refused.headers().firstValue("x-aegis-run-id").orElseThrow();
        JsonNode refusal = JSON.readTree(gateway.get("/v1/audit?run=" + refusedRun + "&type=refused", RunningGateway.CAROL).body()).path("data");
        assertThat(refusal).hasSize(1);
        assertThat(refusal.get(0).path("attributes").path("code").asText()).isEqualTo("guard_blocked");
        assertThat(refusal.toString()).doesNotContainIgnoringCase("acme");
    }

    @Test
    void onlyAuditorsAndAdminsMayReadTheLog() {
        assertThat(gateway.get("/v1/audit", RunningGateway.BOB).statusCode()).isEqualTo(403);
        assertThat(gateway.get("/v1/audit", RunningGateway.CAROL).statusCode()).isEqualTo(200);
        assertThat(gateway.get("/v1/audit?limit=0", RunningGateway.CAROL).statusCode()).isEqualTo(400);
        assertThat(gateway.get("/v1/audit/verify", RunningGateway.BOB).statusCode()).isEqualTo(403);
    }

    @Test
    void theLogIsVerifiedOverHttpAsTheCommandVerifiesIt() throws Exception {
        chat("hello", false);

        HttpResponse<String> response = gateway.get("/v1/audit/verify", RunningGateway.CAROL);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode verification = JSON.readTree(response.body());
        assertThat(verification.path("object").asText()).isEqualTo("audit.verification");
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("chains").asInt()).isEqualTo(1);
        assertThat(verification.path("entries").asLong()).isPositive();
        assertThat(verification.path("events").asLong()).isGreaterThanOrEqualTo(verification.path("entries").asLong());
        assertThat(verification.path("broken_at").isNull()).isTrue();
        assertThat(verification.path("problem").isNull()).isTrue();
    }

    private static HttpResponse<String> chat(String text, boolean stream) {
        return gateway.post("/v1/chat/completions", RunningGateway.BOB,
                "{\"model\":\"mock-1\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}");
    }
}

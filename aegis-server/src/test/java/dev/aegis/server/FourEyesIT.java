package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four eyes over HTTP: the principal who started a run may not approve it, a rule may need several
 * distinct approvers, and concurrent approvals resume a run once. Alice, Dave and Erin are
 * approvers (Erin may also see unmasked conversations); Bob is not; Carol audits.
 */
class FourEyesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAVE = "dave-token";
    private static final String ERIN = "erin-token";
    private static final String AUTH = """
            auth:
              - type: test-tokens
                config:
                  tokens:
                    alice-token: {principal: alice, team: payments, roles: [approver]}
                    bob-token: {principal: bob, team: support}
                    carol-token: {principal: carol, team: security, roles: [auditor]}
                    dave-token: {principal: dave, team: payments, roles: [approver]}
                    erin-token: {principal: erin, team: risk, roles: [approver, pii-reader]}
            """;
    private static final String EMAIL = "jane.roe@example.com";

    @TempDir
    Path dir;

    FakeUpstream upstream;
    RunningGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    private void start(String approvals) throws IOException {
        upstream = new FakeUpstream();
        gateway = RunningGateway.start(dir, AUTH, approvals + """
                providers:
                  up: {type: openai, config: {base-url: "%s", model: up-1}}
                nodes:
                  house-rules:
                    type: regex-guard
                    config:
                      rules:
                        - {name: wire-transfer, pattern: 'wire transfer', action: require-approval}
                        - {name: memo, pattern: 'memo', action: require-approval}
                routes:
                  payments:
                    ingress: [house-rules, pii-mask]
                    execute: {providers: [up]}
                    egress: [pii-unmask]
                """.formatted(upstream.baseUrl("echo")));
    }

    @Test
    void theStarterOfARunMayNotApproveItButAnotherApproverMay() throws Exception {
        start("");
        String run = paused(RunningGateway.ALICE, "Send a wire transfer of 1,000,000 EUR");

        HttpResponse<String> own = approve(run, RunningGateway.ALICE);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        JsonNode error = JSON.readTree(own.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("approval_separation");
        assertThat(error.path("type").asText()).isEqualTo("permission_error");
        assertThat(upstream.bodies).isEmpty();
        assertThat(request(run, RunningGateway.ALICE).path("status").asText()).isEqualTo("pending");

        HttpResponse<String> other = approve(run, DAVE);

        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(JSON.readTree(other.body()).path("status").asText()).isEqualTo("completed");
        assertThat(upstream.bodies).hasSize(1);
    }

    @Test
    void theStarterMayRejectTheirOwnRun() throws Exception {
        start("");
        String run = paused(RunningGateway.ALICE, "Send a wire transfer of 1,000,000 EUR");

        HttpResponse<String> rejected = gateway.post("/v1/approvals/" + run + "/reject", RunningGateway.ALICE, "{\"reason\":\"typo\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(JSON.readTree(rejected.body()).at("/halt/code").asText()).isEqualTo("approval_rejected");
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void withSeparationOffTheStarterMayApprove() throws Exception {
        start("approvals: {separation: false}\n");
        String run = paused(RunningGateway.ALICE, "Send a wire transfer of 10 EUR");

        HttpResponse<String> own = approve(run, RunningGateway.ALICE);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(upstream.bodies).hasSize(1);
    }

    @Test
    void aRuleWithAQuorumWaitsForThatManyDistinctApprovers() throws Exception {
        start("approvals: {quorum: {wire-transfer: 2}}\n");
        String run = paused(RunningGateway.BOB, "Send a wire transfer of 1,000,000 EUR");
        assertThat(request(run, DAVE).path("approvals_required").asInt()).isEqualTo(2);

        HttpResponse<String> first = approve(run, RunningGateway.ALICE);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        JsonNode waiting = JSON.readTree(first.body());
        assertThat(waiting.path("status").asText()).isEqualTo("pending");
        assertThat(waiting.path("approved_by").toString()).isEqualTo("[\"alice\"]");
        assertThat(upstream.bodies).isEmpty();

        HttpResponse<String> again = approve(run, RunningGateway.ALICE);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).at("/error/code").asText()).isEqualTo("approval_already_given");

        HttpResponse<String> edited = gateway.post("/v1/approvals/" + run + "/approve", DAVE,
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Send a wire transfer of 2 EUR\"}]}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(409);
        assertThat(JSON.readTree(edited.body()).at("/error/code").asText()).isEqualTo("edit_not_supported");

        HttpResponse<String> second = approve(run, DAVE);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).path("status").asText()).isEqualTo("completed");
        assertThat(upstream.bodies).hasSize(1);
        JsonNode approval = audit("approval", run);
        assertThat(approval).singleElement().satisfies(event -> assertThat(event.at("/attributes/approvers").asText()).isEqualTo("alice,dave"));
        JsonNode given = JSON.readTree(gateway.get("/v1/audit?type=approval.given", RunningGateway.CAROL).body()).path("data");
        assertThat(given).singleElement().satisfies(event -> {
            assertThat(event.path("principal").asText()).isEqualTo("alice");
            assertThat(event.at("/attributes/run").asText()).isEqualTo(run);
        });
    }

    @Test
    void aRuleWithoutAQuorumNeedsOneApprover() throws Exception {
        start("approvals: {quorum: {wire-transfer: 2}}\n");
        String run = paused(RunningGateway.BOB, "Draft the merger memo");

        assertThat(approve(run, RunningGateway.ALICE).statusCode()).isEqualTo(200);
        assertThat(upstream.bodies).hasSize(1);
    }

    @Test
    void oneRejectionEndsARunThatWaitsForMoreApprovers() throws Exception {
        start("approvals: {quorum: {wire-transfer: 3}}\n");
        String run = paused(RunningGateway.BOB, "Send a wire transfer of 1,000,000 EUR");
        assertThat(approve(run, RunningGateway.ALICE).statusCode()).isEqualTo(202);

        HttpResponse<String> rejected = gateway.post("/v1/approvals/" + run + "/reject", DAVE, "{}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(JSON.readTree(rejected.body()).path("status").asText()).isEqualTo("refused");
        assertThat(approve(run, ERIN).statusCode()).isEqualTo(409);
        assertThat(upstream.bodies).isEmpty();
    }

    @Test
    void twoApproversAtTheSameInstantResumeTheRunOnce() throws Exception {
        start("approvals: {quorum: {wire-transfer: 2}}\n");
        for (int round = 0; round < 5; round++) {
            String single = paused(RunningGateway.BOB, "Draft the memo " + round);
            String quorum = paused(RunningGateway.BOB, "Send a wire transfer, round " + round);
            upstream.bodies.clear();

            List<Integer> singleStatuses = concurrently(single, RunningGateway.ALICE, DAVE, ERIN);
            List<Integer> quorumStatuses = concurrently(quorum, RunningGateway.ALICE, DAVE);

            assertThat(singleStatuses).containsExactlyInAnyOrder(200, 409, 409);
            assertThat(quorumStatuses).containsExactlyInAnyOrder(200, 202);
            assertThat(upstream.bodies).as("each run called the upstream once").hasSize(2);
        }
    }

    @Test
    void anApproverSeesTheConversationMaskedAndOnlyAPiiReaderMayRevealItOnTheRecord() throws Exception {
        start("");
        String run = paused(RunningGateway.BOB, "Send a wire transfer to " + EMAIL);

        JsonNode masked = request(run, RunningGateway.ALICE);
        assertThat(masked.path("view").asText()).isEqualTo("masked");
        assertThat(masked.at("/messages/0/content").asText()).isEqualTo("Send a wire transfer to <EMAIL_1>");
        assertThat(gateway.get("/v1/approvals", RunningGateway.ALICE).body()).doesNotContain(EMAIL);

        HttpResponse<String> refused = gateway.get("/v1/approvals/" + run + "?reveal=true", RunningGateway.ALICE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).at("/error/code").asText()).isEqualTo("role_required");
        assertThat(refused.body()).doesNotContain(EMAIL);

        HttpResponse<String> revealed = gateway.get("/v1/approvals/" + run + "?reveal=true", ERIN);
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revealed.body()).path("view").asText()).isEqualTo("revealed");
        assertThat(JSON.readTree(revealed.body()).at("/messages/0/content").asText()).isEqualTo("Send a wire transfer to " + EMAIL);
        JsonNode reveals = JSON.readTree(gateway.get("/v1/audit?type=approval.revealed", RunningGateway.CAROL).body()).path("data");
        assertThat(reveals).singleElement().satisfies(event -> {
            assertThat(event.path("principal").asText()).isEqualTo("erin");
            assertThat(event.at("/attributes/run").asText()).isEqualTo(run);
        });
    }

    private List<Integer> concurrently(String run, String... tokens) throws Exception {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String token : tokens) {
                statuses.add(threads.submit(() -> {
                    go.await();
                    return approve(run, token).statusCode();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            return codes;
        } finally {
            threads.shutdown();
        }
    }

    private String paused(String token, String text) throws IOException {
        HttpResponse<String> response = gateway.post("/v1/chat/completions", token,
                "{\"model\":\"payments\",\"messages\":[{\"role\":\"user\",\"content\":" + JSON.writeValueAsString(text) + "}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return response.headers().firstValue("x-aegis-run-id").orElseThrow();
    }

    private HttpResponse<String> approve(String run, String token) {
        return gateway.post("/v1/approvals/" + run + "/approve", token, "{}");
    }

    private JsonNode request(String run, String token) throws IOException {
        HttpResponse<String> response = gateway.get("/v1/approvals/" + run, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode audit(String type, String run) throws IOException {
        return JSON.readTree(gateway.get("/v1/audit?run=" + run + "&type=" + type, RunningGateway.CAROL).body()).path("data");
    }
}

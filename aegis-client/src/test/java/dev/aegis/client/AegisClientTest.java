package dev.aegis.client;

import static dev.aegis.client.FakeGateway.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.client.error.AegisTimeoutException;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Run;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AegisClientTest {

    private static final String EMPTY_LIST = "{\"object\": \"list\", \"data\": []}";

    private final FakeGateway gateway;
    private final CountDownLatch release = new CountDownLatch(1);

    AegisClientTest() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        release.countDown();
        gateway.close();
    }

    @Test
    void theBaseUrlMayEndWithV1AndTheKeyIsSentAsABearerToken() {
        gateway.then(json(200, EMPTY_LIST));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url() + "/v1/").apiKey("secret-key").build()) {
            client.routes().list();
        }
        FakeGateway.Received request = gateway.received().getFirst();
        assertThat(request.uri()).isEqualTo("/v1/routes");
        assertThat(request.header("authorization")).isEqualTo("Bearer secret-key");
        assertThat(request.header("user-agent")).startsWith("aegis-client-java/0.1.0");
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsATimeout() {
        gateway.then(exchange -> release.await(30, TimeUnit.SECONDS));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").timeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> client.runs().get("run_1")).isInstanceOfSatisfying(AegisTimeoutException.class, e -> {
                assertThat(e.code()).isEqualTo("timeout");
                assertThat(e.status()).isZero();
            });
        }
        assertThat(gateway.received()).as("a timeout is not retried").hasSize(1);
    }

    @Test
    void waitingForApprovalsSendsTheWaitAndTheRoute() {
        gateway.then(json(200, EMPTY_LIST));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            assertThat(client.approvals().list(Optional.of("pay ments"), Optional.of(Duration.ofMillis(1500)))).isEmpty();
            assertThatThrownBy(() -> client.approvals().list(Optional.empty(), Optional.of(Duration.ofSeconds(61)))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(gateway.received().getFirst().uri()).isEqualTo("/v1/approvals?route=pay%20ments&wait=1500ms");
    }

    @Test
    void approvingAnswersTheRunOrThePendingApprovalWhenQuorumIsNotReached() {
        gateway.then(json(202, Documents.approval("run_1"))).then(json(200, Documents.run("run_1", "completed")));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            assertThat(client.approvals().approve("run_1")).isInstanceOfSatisfying(Approval.class, approval -> assertThat(approval.approvedBy()).containsExactly("reviewer"));
            assertThat(client.approvals().approve("run_1", Optional.of(List.of(Message.user("edited"))))).isInstanceOf(Run.class);
        }
        assertThat(gateway.received()).extracting(FakeGateway.Received::uri).containsOnly("/v1/approvals/run_1/approve");
        assertThat(gateway.received().get(0).body()).isEqualTo("{}");
        assertThat(gateway.received().get(1).body()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"edited\"}]}");
    }

    @Test
    void waitForAnswersTheApprovalOfThatRunIgnoringOthers() {
        gateway.then(json(200, "{\"object\": \"list\", \"data\": [" + Documents.approval("run_other") + "]}"))
                .then(json(200, "{\"object\": \"list\", \"data\": [" + Documents.approval("run_other") + ", " + Documents.approval("run_mine") + "]}"));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            assertThat(client.approvals().waitFor("run_mine", Duration.ofSeconds(20)).runId()).isEqualTo("run_mine");
        }
        assertThat(gateway.received()).allSatisfy(request -> assertThat(request.uri()).matches("/v1/approvals\\?wait=\\d+ms"));
    }

    @Test
    void theAuditQueryBecomesTheQueryString() {
        gateway.then(json(200, EMPTY_LIST));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            client.audit().list(AuditQuery.all().run("run_1").type("verdict").since(Instant.parse("2026-01-01T00:00:00Z")).after(5).limit(10));
        }
        assertThat(gateway.received().getFirst().uri()).isEqualTo("/v1/audit?run=run_1&type=verdict&since=2026-01-01T00%3A00%3A00Z&after=5&limit=10");
    }

    @Test
    void anIdCannotReachAnotherPath() {
        gateway.then(json(200, Documents.run("../x", "completed")));

        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").build()) {
            client.runs().get("../x?y");
        }
        assertThat(gateway.received().getFirst().uri()).isEqualTo("/v1/runs/..%2Fx%3Fy");
    }
}

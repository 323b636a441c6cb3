package dev.aegis.client;

import static dev.aegis.client.FakeGateway.error;
import static dev.aegis.client.FakeGateway.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.client.error.AegisConnectionException;
import dev.aegis.client.error.RateLimitException;
import dev.aegis.client.error.ServiceUnavailableException;
import dev.aegis.client.model.RunRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries, with the waits recorded instead of slept. */
class RetriesTest {

    private final FakeGateway gateway = start();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private static FakeGateway start() {
        try {
            return new FakeGateway();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private AegisClient client(int maxRetries) {
        return AegisClient.builder().baseUrl(gateway.url()).apiKey("k").maxRetries(maxRetries).sleeper(waits::add).build();
    }

    @Test
    void a429IsRetriedAfterTheSecondsItsRetryAfterAsksFor() {
        gateway.then(json(429, error("rate_limit_error", "rate_limited", "slow down"), Map.of("retry-after", "3")))
                .then(json(200, "{\"object\": \"list\", \"data\": []}"));

        try (AegisClient client = client(2)) {
            assertThat(client.routes().list()).isEmpty();
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(gateway.received()).hasSize(2);
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsWaitedUntil() {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        gateway.then(json(429, error("rate_limit_error", "rate_limited", "slow down"), Map.of("retry-after", inAMinute)))
                .then(json(200, "{\"object\": \"list\", \"data\": []}"));

        try (AegisClient client = client(2)) {
            client.models().list();
        }
        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20)));
    }

    @Test
    void a503WithoutRetryAfterIsRetriedWithGrowingJitteredBackoff() {
        gateway.then(json(503, error("server_error", "audit_unavailable", "down")))
                .then(json(503, error("server_error", "audit_unavailable", "down")))
                .then(json(200, "{\"object\": \"list\", \"data\": []}"));

        try (AegisClient client = client(2)) {
            client.routes().list();
        }
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void aRunIsRetriedOn429BecauseTheGatewayAnswersItBeforeRunning() {
        gateway.then(json(429, error("rate_limit_error", "rate_limited", "slow down"), Map.of("retry-after", "0")))
                .then(json(201, Documents.run("run_1", "completed")));

        try (AegisClient client = client(2)) {
            assertThat(client.runs().create(RunRequest.of("payments", "hi")).id()).isEqualTo("run_1");
        }
        assertThat(gateway.received()).extracting(FakeGateway.Received::body).allSatisfy(body -> assertThat(body).contains("\"route\":\"payments\""));
    }

    @Test
    void aRunAnswered503IsNotRetriedBecauseItMayHaveRunAlready() {
        gateway.then(json(503, error("service_unavailable", "audit_unavailable", "The run finished but could not be recorded")));

        try (AegisClient client = client(2)) {
            assertThatThrownBy(() -> client.runs().create(RunRequest.of("payments", "hi"))).isInstanceOfSatisfying(ServiceUnavailableException.class,
                    e -> assertThat(e.code()).isEqualTo("audit_unavailable"));
        }
        assertThat(gateway.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void whenRetriesRunOutTheLast429IsThrownWithItsRetryAfter() {
        for (int i = 0; i < 3; i++) {
            gateway.then(json(429, error("rate_limit_error", "budget_exceeded", "over budget"), Map.of("retry-after", "1")));
        }

        try (AegisClient client = client(2)) {
            assertThatThrownBy(() -> client.routes().list()).isInstanceOfSatisfying(RateLimitException.class, e -> {
                assertThat(e.code()).isEqualTo("budget_exceeded");
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
            });
        }
        assertThat(gateway.received()).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanTheCapIsNotWaitedFor() {
        gateway.then(json(503, error("server_error", "maintenance", "back tomorrow"), Map.of("retry-after", "86400")));

        try (AegisClient client = client(2)) {
            assertThatThrownBy(() -> client.routes().list()).isInstanceOfSatisfying(ServiceUnavailableException.class,
                    e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)));
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void noRetriesWhenTurnedOff() {
        gateway.then(json(429, error("rate_limit_error", "rate_limited", "slow down"), Map.of("retry-after", "0")));

        try (AegisClient client = client(0)) {
            assertThatThrownBy(() -> client.routes().list()).isInstanceOf(RateLimitException.class);
        }
        assertThat(gateway.received()).hasSize(1);
    }

    @Test
    void aReadIsRetriedWhenTheGatewayCannotBeReachedButARunIsNot() {
        String nobody = "http://127.0.0.1:28559";

        try (AegisClient client = AegisClient.builder().baseUrl(nobody).apiKey("k").maxRetries(2).sleeper(waits::add).build()) {
            assertThatThrownBy(() -> client.runs().get("run_1")).isInstanceOf(AegisConnectionException.class)
                    .satisfies(e -> assertThat(((AegisConnectionException) e).status()).isZero());
            assertThat(waits).hasSize(2);

            waits.clear();
            assertThatThrownBy(() -> client.runs().create(RunRequest.of("payments", "hi"))).isInstanceOf(AegisConnectionException.class)
                    .hasMessageContaining("Could not reach the gateway at " + nobody);
            assertThat(waits).isEmpty();
        }
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Sse;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway in front of a real HTTP upstream: answers, streams, failures, retries, fallback, cuts. */
class UpstreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream();
        StringBuilder providers = new StringBuilder("providers:\n");
        for (String behaviour : List.of("ok", "flaky", "down", "slow", "limited", "rejected", "cut", "endless")) {
            providers.append("  ").append(behaviour).append(": {type: openai, config: {base-url: \"")
                    .append(upstream.baseUrl(behaviour)).append("\", model: up-1, idle-timeout: 500ms, connect-timeout: 1s}}\n");
        }
        gateway = RunningGateway.start(dir, providers + """
                routes:
                  ok: {execute: {providers: [ok]}, durability: none}
                  retry: {execute: {providers: [flaky], retries: 2}, durability: none}
                  fallback: {execute: {providers: [down, ok]}, durability: none}
                  down: {execute: {providers: [down], retries: 1}, durability: none}
                  slow: {execute: {providers: [slow]}, durability: none}
                  limited: {execute: {providers: [limited]}, durability: none}
                  rejected: {execute: {providers: [rejected, ok]}, durability: none}
                  cut: {execute: {providers: [cut]}, durability: none}
                  endless: {execute: {providers: [endless]}, durability: none}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void relaysTheUpstreamAnswerAndPassesAllowedFieldsThroughUntouched() throws Exception {
        HttpResponse<String> response = chat("ok", false, ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                + "\"schema\":{\"type\":\"object\",\"properties\":{\"depth\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}}},\"temperature\":0.3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo(FakeUpstream.ANSWER);
        assertThat(body.at("/usage/prompt_tokens").asInt()).isEqualTo(7);
        JsonNode sent = JSON.readTree(upstream.lastBody);
        assertThat(sent.path("response_format")).isEqualTo(JSON.readTree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                + "\"schema\":{\"type\":\"object\",\"properties\":{\"depth\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}}}"));
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void streamsTheUpstreamStreamThrough() throws Exception {
        HttpResponse<String> response = chat("ok", true, "");

        List<String> events = Sse.data(response.body());
        assertThat(events.getLast()).isEqualTo("[DONE]");
        assertThat(text(events)).isEqualTo("Upstream says hello");
    }

    @Test
    void retriesARetryableFailureBeforeTheFirstByte() throws Exception {
        HttpResponse<String> response = chat("retry", false, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(upstream.flakyCalls.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void fallsBackAlongTheRoutesProviders() throws Exception {
        HttpResponse<String> response = chat("fallback", false, "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode run = JSON.readTree(gateway.get("/v1/runs/" + response.headers().firstValue("x-aegis-run-id").orElseThrow(), RunningGateway.BOB).body());
        assertThat(run.path("target").asText()).isEqualTo("ok");
        assertThat(run.path("events").findValuesAsText("type")).contains("model.call");
    }

    @Test
    void anUpstreamFailureIs502() throws Exception {
        HttpResponse<String> response = chat("down", false, "");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("upstream_unavailable");
    }

    @Test
    void anUpstreamThatStallsIs504() throws Exception {
        HttpResponse<String> response = chat("slow", false, "");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("upstream_timeout");
    }

    @Test
    void anUpstreamRateLimitIs429() throws Exception {
        assertThat(chat("limited", false, "").statusCode()).isEqualTo(429);
    }

    @Test
    void anUpstreamRejectionIsTheClientsMistakeAndIsNotRetriedElsewhere() throws Exception {
        HttpResponse<String> response = chat("rejected", false, "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/message").asText()).contains("frobnicate");
    }

    @Test
    void aStreamCutMidWayEndsWithAnErrorEventAndNoDone() throws Exception {
        HttpResponse<String> response = chat("cut", true, "");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = Sse.data(response.body());
        assertThat(events).doesNotContain("[DONE]");
        assertThat(events.getLast()).contains("\"error\"");
        assertThat(response.body()).doesNotContain("\"finish_reason\":\"stop\"");
    }

    @Test
    void aClientThatHangsUpCancelsTheUpstreamCall() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/v1/chat/completions"))
                .header("Authorization", "Bearer " + RunningGateway.BOB)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("endless", true, "")))
                .build();
        HttpResponse<InputStream> response = gateway.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            assertThat(in.readNBytes(64)).isNotEmpty();
        }

        assertThat(upstream.endlessCancelled.await(15, TimeUnit.SECONDS)).as("upstream saw the hang-up").isTrue();
    }

    private static String text(List<String> events) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String event : events) {
            if (!event.equals("[DONE]")) {
                JsonNode choices = JSON.readTree(event).path("choices");
                if (!choices.isEmpty()) {
                    text.append(choices.get(0).at("/delta/content").asText(""));
                }
            }
        }
        return text.toString();
    }

    private static HttpResponse<String> chat(String route, boolean stream, String extra) {
        return gateway.post("/v1/chat/completions", RunningGateway.BOB, body(route, stream, extra));
    }

    private static String body(String route, boolean stream, String extra) {
        return "{\"model\":\"" + route + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]" + extra + "}";
    }
}

package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.fixtures.Sse;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCompletionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, """
                server: {max-request-bytes: 20000}
                providers:
                  local: {type: mock, config: {chunk-size: 4}}
                nodes:
                  house-rules:
                    type: regex-guard
                    config:
                      rules:
                        - {name: competitor, pattern: '\\bacme\\b'}
                        - {name: wire, pattern: 'wire transfer', action: require-approval}
                        - {name: card, pattern: '\\b\\d{4}-\\d{4}-\\d{4}-\\d{4}\\b', action: sanitize, replacement: '[CARD]'}
                routes:
                  support:
                    models: [mock-1, gpt-4o-mini]
                    ingress: [house-rules]
                    execute: {providers: [local]}
                    egress: [house-rules]
                  payments-only:
                    execute: {providers: [local]}
                    allow: {teams: [payments]}
                """);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void answersAChatCompletionInOpenAisShape() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [{"role": "user", "content": "hello there"}], "temperature": 0.2}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("model").asText()).isEqualTo("mock-1");
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("Mock reply to: hello there");
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(body.at("/usage/total_tokens").asInt()).isPositive();
        assertThat(response.headers().firstValue("x-aegis-run-id")).hasValueSatisfying(id -> assertThat(id).startsWith("run_"));
        assertThat(response.headers().firstValue("x-aegis-route")).hasValue("support");
    }

    @Test
    void streamsChunksThenUsageThenDone() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "stream": true, "stream_options": {"include_usage": true},
                 "messages": [{"role": "user", "content": "stream please"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> events = Sse.data(response.body());
        assertThat(events.getLast()).isEqualTo("[DONE]");
        StringBuilder text = new StringBuilder();
        String finish = null;
        JsonNode usage = null;
        for (String event : events.subList(0, events.size() - 1)) {
            JsonNode chunk = JSON.readTree(event);
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            JsonNode choices = chunk.path("choices");
            if (choices.isEmpty()) {
                usage = chunk.path("usage");
                continue;
            }
            text.append(choices.get(0).at("/delta/content").asText(""));
            if (!choices.get(0).path("finish_reason").isNull()) {
                finish = choices.get(0).path("finish_reason").asText();
            }
        }
        assertThat(text.toString()).isEqualTo("Mock reply to: stream please");
        assertThat(finish).isEqualTo("stop");
        assertThat(usage).isNotNull();
        assertThat(usage.path("total_tokens").asInt()).isPositive();
        assertThat(JSON.readTree(events.getFirst()).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
    }

    @Test
    void returnsToolCallsWhenTheModelCallsATool() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "tool_choice": "auto",
                 "messages": [{"role": "user", "content": "please call tool weather"}],
                 "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(body.at("/choices/0/message/content").isNull()).isTrue();
        assertThat(body.at("/choices/0/message/tool_calls/0/type").asText()).isEqualTo("function");
        assertThat(body.at("/choices/0/message/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
        String callId = body.at("/choices/0/message/tool_calls/0/id").asText();

        HttpResponse<String> followUp = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [
                  {"role": "user", "content": "please call tool weather"},
                  {"role": "assistant", "content": null, "tool_calls": [{"id": "%s", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
                  {"role": "tool", "tool_call_id": "%s", "content": "sunny, 21C"}]}""".formatted(callId, callId));

        assertThat(followUp.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(followUp.body()).at("/choices/0/message/content").asText()).contains("sunny, 21C");
    }

    @Test
    void aBlockingGuardAnswers422WithACodeNamingTheGuard() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [{"role": "user", "content": "compare with ACME"}]}""");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("type").asText()).isEqualTo("guardrail_refusal");
        assertThat(error.path("code").asText()).isEqualTo("house-rules");
        assertThat(error.path("param").asText()).isEqualTo("ingress.1.house-rules");
        assertThat(error.path("message").asText()).doesNotContainIgnoringCase("acme");
    }

    @Test
    void aBlockedStreamAnswers422BeforeAnyByte() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "stream": true, "messages": [{"role": "user", "content": "compare with ACME"}]}""");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    }

    @Test
    void sanitizedContentNeverReachesTheModel() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [{"role": "user", "content": "card 1111-2222-3333-4444 please"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/choices/0/message/content").asText()).isEqualTo("Mock reply to: card [CARD] please");
    }

    @Test
    void aRunNeedingApprovalAnswersApprovalRequiredWithTheRunId() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [{"role": "user", "content": "make a wire transfer"}]}""");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("approval_required");
        assertThat(error.path("param").asText()).startsWith("run_").isEqualTo(response.headers().firstValue("x-aegis-run-id").orElseThrow());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, "{\"model\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("invalid_json");
    }

    @Test
    void aSchemaViolationIs400NamingTheField() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, """
                {"model": "mock-1", "messages": [{"role": "wizard", "content": "hi"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/param").asText()).isEqualTo("messages[0].role");
        assertThat(chat(RunningGateway.BOB, "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}").statusCode()).isEqualTo(400);
    }

    @Test
    void noCredentialsIs401BeforeAnythingElse() throws Exception {
        HttpResponse<String> response = chat(null, "{\"model\": ");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("www-authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(JSON.readTree(response.body()).at("/error/type").asText()).isEqualTo("authentication_error");
        assertThat(chat("wrong-token", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void aRouteTheTeamMayNotUseIs403() throws Exception {
        String body = "{\"model\": \"payments-only\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";

        assertThat(chat(RunningGateway.BOB, body).statusCode()).isEqualTo(403);
        assertThat(chat(RunningGateway.ALICE, body).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownModelIs404() throws Exception {
        HttpResponse<String> response = chat(RunningGateway.BOB, "{\"model\": \"gpt-9\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("model_not_found");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String huge = "x".repeat(30_000);
        HttpResponse<String> response = chat(RunningGateway.BOB, "{\"model\": \"mock-1\", \"messages\": [{\"role\": \"user\", \"content\": \"" + huge + "\"}]}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("request_too_large");
    }

    @Test
    void everyClientStillWritingARefusedBodyReadsIts413() throws Exception {
        // the gateway answers before reading the body, then reads it to its end before closing: closing on
        // unread bytes resets the connection, and a client still writing would lose the answer
        String huge = "{\"model\": \"mock-1\", \"messages\": [{\"role\": \"user\", \"content\": \"" + "x".repeat(400_000) + "\"}]}";
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                statuses.add(clients.submit(() -> chat(RunningGateway.BOB, huge).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(413);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void modelsListsOnlyWhatTheCallerMayUse() throws Exception {
        JsonNode bob = JSON.readTree(gateway.get("/v1/models", RunningGateway.BOB).body());
        JsonNode alice = JSON.readTree(gateway.get("/v1/models", RunningGateway.ALICE).body());

        assertThat(bob.findValuesAsText("id")).containsExactly("support", "mock-1", "gpt-4o-mini");
        assertThat(alice.findValuesAsText("id")).contains("payments-only");
    }

    private static HttpResponse<String> chat(String token, String json) {
        return gateway.post("/v1/chat/completions", token, json);
    }
}

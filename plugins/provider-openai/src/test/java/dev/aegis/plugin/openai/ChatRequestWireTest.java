package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatRequestWireTest {

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @Test
    void messagesGoOutInOpenAisShapeIncludingToolCallsAndToolResults() {
        List<Message> conversation = List.of(
                Message.system("Be brief."),
                new Message(Role.USER, "Weather in Paris?", List.of(), Optional.empty(), Optional.of("alice")),
                Message.assistant("", List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"))),
                Message.tool("call_1", "{\"celsius\":21}"));

        providers.of(upstream).complete(ChatRequest.of("gpt-4o", conversation));

        JsonNode messages = upstream.lastRequest().json().path("messages");
        assertThat(messages.get(0)).isEqualTo(json("{\"role\":\"system\",\"content\":\"Be brief.\"}"));
        assertThat(messages.get(1)).isEqualTo(json("{\"role\":\"user\",\"content\":\"Weather in Paris?\",\"name\":\"alice\"}"));
        assertThat(messages.get(2)).isEqualTo(json("""
                {"role":"assistant","content":null,
                 "tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}"""));
        assertThat(messages.get(3)).isEqualTo(json("{\"role\":\"tool\",\"content\":\"{\\\"celsius\\\":21}\",\"tool_call_id\":\"call_1\"}"));
    }

    @Test
    void aNameAGuardRewroteIsFoldedIntoOneOpenAiAccepts() {
        List<Message> conversation = List.of(
                new Message(Role.USER, "Hi", List.of(), Optional.empty(), Optional.of("<CREDIT_CARD_1>")),
                new Message(Role.USER, "Hi", List.of(), Optional.empty(), Optional.of("")));

        providers.of(upstream).complete(ChatRequest.of("gpt-4o", conversation));

        JsonNode messages = upstream.lastRequest().json().path("messages");
        assertThat(messages.at("/0/name").asText()).isEqualTo("_CREDIT_CARD_1_");
        assertThat(messages.get(1).has("name")).isFalse();
        assertThat(ChatBodyWriter.participantName("x".repeat(100))).hasSize(64);
    }

    @Test
    void toolsGoOutAsFunctionsWithTheirSchemaAsJson() {
        String schema = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";
        ChatRequest request = new ChatRequest("gpt-4o", List.of(Message.user("hi")),
                List.of(new ToolDefinition("get_weather", "Current weather", schema)), Map.of());

        providers.of(upstream).complete(request);

        assertThat(upstream.lastRequest().json().path("tools")).isEqualTo(json("""
                [{"type":"function","function":{"name":"get_weather","description":"Current weather","parameters":%s}}]""".formatted(schema)));
    }

    @Test
    void everyParameterIsSplicedVerbatimIncludingUnknownAndNestedOnes() {
        ChatRequest request = new ChatRequest("gpt-4o", List.of(Message.user("hi")), List.of(), Map.of(
                "temperature", "0.2",
                "max_tokens", "64",
                "response_format", "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\",\"schema\":{\"type\":\"object\"}}}",
                "x_vendor_extension", "[1,{\"deep\":[true,null]}]",
                "user", "\"u-42\""));

        providers.of(upstream).complete(request);

        JsonNode body = upstream.lastRequest().json();
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(64);
        assertThat(body.path("response_format")).isEqualTo(json(request.parameters().get("response_format")));
        assertThat(body.path("x_vendor_extension")).isEqualTo(json("[1,{\"deep\":[true,null]}]"));
        assertThat(body.path("user").asText()).isEqualTo("u-42");
        assertThat(upstream.lastRequest().body()).contains("\"x_vendor_extension\":[1,{\"deep\":[true,null]}]");
    }

    @Test
    void noParameterCanOverrideTheModelTheMessagesOrStreaming() {
        ChatRequest request = new ChatRequest("gpt-4o", List.of(Message.user("hi")), List.of(), Map.of(
                "model", "\"cheaper-model\"",
                "messages", "[]",
                "stream", "true"));

        providers.of(upstream).complete(request);

        JsonNode body = upstream.lastRequest().json();
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.has("stream")).isFalse();
        assertThat(upstream.lastRequest().body()).containsOnlyOnce("\"model\"").containsOnlyOnce("\"messages\"");
    }

    @Test
    void theConfiguredModelIsUsedOnlyWhenTheRequestNamesNone() {
        OpenAiModelProvider provider = providers.of(upstream);

        provider.complete(ChatRequest.of("", List.of(Message.user("hi"))));
        assertThat(upstream.lastRequest().json().path("model").asText()).isEqualTo("gpt-test");

        provider.complete(ChatRequest.of("gpt-4o-mini", List.of(Message.user("hi"))));
        assertThat(upstream.lastRequest().json().path("model").asText()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void theKeyGoesAsABearerTokenWithTheOrganizationAndExtraHeaders() {
        OpenAiModelProvider provider = providers.create("""
                base-url: %s/
                api-key: {secret: "env:OPENAI_API_KEY"}
                organization: org-42
                headers: {X-Team: payments}
                """.formatted(upstream.baseUrl()));

        provider.complete(ChatRequest.of("gpt-4o", List.of(Message.user("hi"))));

        RecordedRequest request = upstream.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).contains("Bearer " + TestProviders.KEY);
        assertThat(request.header("api-key")).isEmpty();
        assertThat(request.header("OpenAI-Organization")).contains("org-42");
        assertThat(request.header("X-Team")).contains("payments");
        assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(request.header("Upgrade")).as("no h2c upgrade").isEmpty();
    }

    @Test
    void azureGetsTheKeyInAnApiKeyHeaderAndTheApiVersionInTheQuery() {
        OpenAiModelProvider provider = providers.create("""
                base-url: %s/openai/deployments/gpt-4o
                api-key: {secret: "env:OPENAI_API_KEY"}
                auth-header: api-key
                query: {api-version: "2024-10-21"}
                """.formatted(upstream.baseUrl()));

        provider.complete(ChatRequest.of("", List.of(Message.user("hi"))));

        RecordedRequest request = upstream.lastRequest();
        assertThat(request.path()).isEqualTo("/v1/openai/deployments/gpt-4o/chat/completions");
        assertThat(request.query()).isEqualTo("api-version=2024-10-21");
        assertThat(request.header("api-key")).contains(TestProviders.KEY);
        assertThat(request.header("Authorization")).isEmpty();
        assertThat(request.json().has("model")).as("a deployment needs no model").isFalse();
    }

    @Test
    void aLocalServerWithoutAKeyGetsNoAuthorizationHeader() {
        providers.create("base-url: " + upstream.baseUrl()).complete(ChatRequest.of("llama3", List.of(Message.user("hi"))));

        assertThat(upstream.lastRequest().header("Authorization")).isEmpty();
    }

    @Test
    void aStreamAsksForTheUsageChunkUnlessTheClientSetStreamOptions() {
        OpenAiModelProvider provider = providers.of(upstream);

        try (ChatStream stream = provider.stream(ChatRequest.of("gpt-4o", List.of(Message.user("hi"))))) {
            stream.next();
        }
        JsonNode body = upstream.lastRequest().json();
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options")).isEqualTo(json("{\"include_usage\":true}"));
        assertThat(upstream.lastRequest().header("Accept")).contains("text/event-stream");

        ChatRequest ownOptions = new ChatRequest("gpt-4o", List.of(Message.user("hi")), List.of(), Map.of("stream_options", "{\"include_usage\":false}"));
        try (ChatStream stream = provider.stream(ownOptions)) {
            stream.next();
        }
        assertThat(upstream.lastRequest().json().path("stream_options")).isEqualTo(json("{\"include_usage\":false}"));
    }

    @Test
    void withStreamUsageOffAStreamAddsNoStreamOptions() {
        OpenAiModelProvider provider = providers.create("base-url: " + upstream.baseUrl() + "\nstream-usage: false");

        try (ChatStream stream = provider.stream(ChatRequest.of("gpt-4o", List.of(Message.user("hi"))))) {
            stream.next();
        }

        assertThat(upstream.lastRequest().json().has("stream_options")).isFalse();
    }

    @Test
    void aCompletionDropsStreamOptionsWhichOpenAiRefusesWithoutStreaming() {
        ChatRequest request = new ChatRequest("gpt-4o", List.of(Message.user("hi")), List.of(), Map.of("stream_options", "{\"include_usage\":true}"));

        providers.of(upstream).complete(request);

        assertThat(upstream.lastRequest().json().has("stream_options")).isFalse();
    }

    private static JsonNode json(String text) {
        return TestJson.parse(text);
    }
}

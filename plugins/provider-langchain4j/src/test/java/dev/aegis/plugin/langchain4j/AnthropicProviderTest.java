package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest {

    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city", """
            {"type": "object", "properties": {"city": {"type": "string", "description": "City name"},
             "unit": {"type": "string", "enum": ["c", "f"]}}, "required": ["city"]}
            """);

    private final FakeUpstream upstream = FakeUpstream.start(request -> FakeUpstream.Response.json(AnthropicWire.message("Hello there")));
    private final ModelProvider provider = TestProviders.anthropic(upstream);

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @Test
    void completeMapsTheAnswerTextFinishReasonAndUsage() {
        ChatResponse response = provider.complete(ChatRequest.of("", List.of(Message.user("Hi"))));

        assertThat(response.id()).isEqualTo("msg_01");
        assertThat(response.model()).isEqualTo("claude-test");
        assertThat(response.message()).isEqualTo(Message.assistant("Hello there"));
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(12, 5));
    }

    @Test
    void theRequestReachesTheMessagesApiWithTheKeySystemPromptAndConfiguredDefaults() {
        provider.complete(ChatRequest.of("", List.of(Message.system("Be brief."), Message.user("Hi"))));

        FakeUpstream.Request sent = upstream.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.header("x-api-key")).isEqualTo(TestProviders.ANTHROPIC_KEY);
        assertThat(sent.header("anthropic-version")).isNotBlank();
        JsonNode body = sent.json();
        assertThat(body.path("model").asText()).isEqualTo("claude-test");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("system").toString()).contains("Be brief.");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).toString()).contains("Hi");
    }

    @Test
    void theParametersLangChain4jUnderstandsOverrideTheDefaultsAndTheRequestModelWins() {
        Map<String, String> parameters = Map.of("temperature", "0.2", "top_p", "0.9", "max_completion_tokens", "77",
                "stop", "[\"END\"]", "logit_bias", "{\"50256\": -100}");

        provider.complete(new ChatRequest("claude-other", List.of(Message.user("Hi")), List.of(), parameters));

        JsonNode body = upstream.lastRequest().json();
        assertThat(body.path("model").asText()).isEqualTo("claude-other");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(77);
        assertThat(body.path("stop_sequences").get(0).asText()).isEqualTo("END");
        assertThat(body.has("logit_bias")).as("fields LangChain4j cannot translate are left out").isFalse();
    }

    @Test
    void toolsAreSentWithTheirJsonSchemaAndAToolUseAnswerBecomesToolCalls() {
        upstream.respondWith(request -> FakeUpstream.Response.json(AnthropicWire.toolUse()));

        ChatResponse response = provider.complete(new ChatRequest("", List.of(Message.user("Weather in Paris?")), List.of(WEATHER), Map.of()));

        JsonNode tool = upstream.lastRequest().json().path("tools").get(0);
        assertThat(tool.path("name").asText()).isEqualTo("get_weather");
        assertThat(tool.path("description").asText()).isEqualTo("Current weather in a city");
        assertThat(tool.path("input_schema").path("properties").path("city").path("type").asText()).isEqualTo("string");
        assertThat(tool.path("input_schema").path("properties").path("unit").path("enum").toString()).isEqualTo("[\"c\",\"f\"]");
        assertThat(tool.path("input_schema").path("required").toString()).isEqualTo("[\"city\"]");
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.message().content()).isEqualTo("Let me look.");
        assertThat(response.message().toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("toolu_01");
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(Json.parse(call.arguments(), "arguments")).isEqualTo(Json.parse("{\"city\": \"Paris\"}", "expected"));
        });
    }

    @Test
    void anEarlierToolCallAndItsResultReachTheWireAsToolUseAndToolResultBlocks() {
        List<Message> conversation = List.of(
                Message.user("Weather in Paris?"),
                Message.assistant("", List.of(new ToolCall("toolu_01", "get_weather", "{\"city\":\"Paris\"}"))),
                Message.tool("toolu_01", "18 degrees and sunny"));

        provider.complete(new ChatRequest("", conversation, List.of(WEATHER), Map.of()));

        JsonNode messages = upstream.lastRequest().json().path("messages");
        assertThat(messages).hasSize(3);
        JsonNode toolUse = messages.get(1).path("content").get(0);
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(toolUse.path("type").asText()).isEqualTo("tool_use");
        assertThat(toolUse.path("id").asText()).isEqualTo("toolu_01");
        assertThat(toolUse.path("input").path("city").asText()).isEqualTo("Paris");
        JsonNode toolResult = messages.get(2).path("content").get(0);
        assertThat(messages.get(2).path("role").asText()).isEqualTo("user");
        assertThat(toolResult.path("type").asText()).isEqualTo("tool_result");
        assertThat(toolResult.path("tool_use_id").asText()).isEqualTo("toolu_01");
        assertThat(toolResult.toString()).contains("18 degrees and sunny");
    }
}

package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiProviderTest {

    private static final ChatRequest HELLO = ChatRequest.of("", List.of(Message.system("Be brief."), Message.user("Say hello.")));

    private final FakeUpstream upstream = FakeUpstream.start(GeminiProviderTest::answer);
    private final ModelProvider provider = TestProviders.gemini(upstream);

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @Test
    void completeCallsGenerateContentWithTheKeyInAHeaderAndMapsTheAnswer() {
        ChatResponse response = provider.complete(HELLO);

        FakeUpstream.Request sent = upstream.lastRequest();
        assertThat(sent.path()).isEqualTo("/v1beta/models/gemini-test:generateContent");
        assertThat(sent.header("x-goog-api-key")).isEqualTo(TestProviders.GEMINI_KEY);
        assertThat(sent.query()).doesNotContain(TestProviders.GEMINI_KEY);
        JsonNode body = sent.json();
        assertThat(body.path("systemInstruction").toString()).contains("Be brief.");
        assertThat(body.path("contents").get(0).path("role").asText()).isEqualTo("user");
        assertThat(response.message()).isEqualTo(Message.assistant("Hello from Gemini"));
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(7, 3));
    }

    @Test
    void aFunctionCallBecomesAToolCallAndItsResultGoesBackWithTheToolName() {
        upstream.respondWith(request -> FakeUpstream.Response.json(candidate(
                "{\"functionCall\": {\"name\": \"get_weather\", \"args\": {\"city\": \"Paris\"}}}", "STOP")));
        ToolDefinition weather = new ToolDefinition("get_weather", "Weather", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");

        ChatResponse response = provider.complete(new ChatRequest("", HELLO.messages(), List.of(weather), Map.of()));

        assertThat(upstream.lastRequest().json().path("tools").toString()).contains("get_weather");
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        ToolCall call = response.message().toolCalls().getFirst();
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(Json.parse(call.arguments(), "arguments").path("city").asText()).isEqualTo("Paris");

        upstream.respondWith(GeminiProviderTest::answer);
        provider.complete(new ChatRequest("", List.of(Message.user("Weather?"), response.message(), Message.tool(call.id(), "sunny")),
                List.of(weather), Map.of()));

        JsonNode contents = upstream.lastRequest().json().path("contents");
        assertThat(contents.toString()).contains("\"functionResponse\"").contains("get_weather").contains("sunny");
    }

    @Test
    void aStreamUsesServerSentEventsAndEndsWithReasonAndUsage() {
        List<ChatChunk> chunks;
        try (ChatStream stream = provider.stream(HELLO)) {
            chunks = TestProviders.drain(stream);
        }

        FakeUpstream.Request sent = upstream.lastRequest();
        assertThat(sent.path()).isEqualTo("/v1beta/models/gemini-test:streamGenerateContent");
        assertThat(sent.query()).contains("alt=sse");
        assertThat(TestProviders.text(chunks)).isEqualTo("Hello from Gemini");
        assertThat(chunks.getLast().finishReason()).contains("stop");
        assertThat(chunks.getLast().usage()).contains(Usage.ofTokens(7, 3));
    }

    private static FakeUpstream.Response answer(FakeUpstream.Request request) {
        if (request.path().endsWith(":streamGenerateContent")) {
            return FakeUpstream.Response.sse(List.of(
                    "data: " + candidate("{\"text\": \"Hello\"}", null) + "\n\n",
                    "data: " + candidate("{\"text\": \" from Gemini\"}", "STOP") + "\n\n"));
        }
        return FakeUpstream.Response.json(candidate("{\"text\": \"Hello from Gemini\"}", "STOP"));
    }

    private static String candidate(String part, String finishReason) {
        String finish = finishReason == null ? "" : ", \"finishReason\": \"" + finishReason + "\"";
        String usage = finishReason == null ? "" : ", \"usageMetadata\": {\"promptTokenCount\": 7, \"candidatesTokenCount\": 3, \"totalTokenCount\": 10}";
        return "{\"candidates\": [{\"content\": {\"role\": \"model\", \"parts\": [" + part + "]}" + finish + ", \"index\": 0}]"
                + usage + ", \"modelVersion\": \"gemini-test\"}";
    }
}

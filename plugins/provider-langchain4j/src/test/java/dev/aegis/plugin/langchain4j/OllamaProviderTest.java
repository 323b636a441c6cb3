package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaProviderTest {

    private static final ChatRequest HELLO = ChatRequest.of("", List.of(Message.system("Be brief."), Message.user("Say hello.")));

    private final FakeUpstream upstream = FakeUpstream.start(OllamaProviderTest::answer);
    private final ModelProvider provider = TestProviders.ollama(upstream);

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @Test
    void completePostsTheConversationToApiChatWithoutStreamingAndMapsTheAnswer() {
        ChatResponse response = provider.complete(HELLO);

        FakeUpstream.Request sent = upstream.lastRequest();
        assertThat(sent.path()).isEqualTo("/api/chat");
        JsonNode body = sent.json();
        assertThat(body.path("model").asText()).isEqualTo("llama-test");
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Say hello.");
        assertThat(response.message()).isEqualTo(Message.assistant("Hello from Ollama"));
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(8, 4));
    }

    @Test
    void maxTokensBecomesNumPredict() {
        provider.complete(new ChatRequest("", HELLO.messages(), List.of(), Map.of("max_tokens", "64", "temperature", "0")));

        JsonNode options = upstream.lastRequest().json().path("options");
        assertThat(options.path("num_predict").asInt()).isEqualTo(64);
        assertThat(options.path("temperature").asDouble()).isZero();
    }

    @Test
    void aToolCallWithoutAnIdGetsOneAndFinishesWithToolCalls() {
        upstream.respondWith(request -> FakeUpstream.Response.json(line("", true, "\"tool_calls\": [{\"function\": "
                + "{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}}]")));
        ToolDefinition weather = new ToolDefinition("get_weather", "Weather", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");

        ChatResponse response = provider.complete(new ChatRequest("", HELLO.messages(), List.of(weather), Map.of()));

        assertThat(upstream.lastRequest().json().path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.message().toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).startsWith("call_");
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(Json.parse(call.arguments(), "arguments").path("city").asText()).isEqualTo("Paris");
        });
    }

    @Test
    void aStreamReadsNdjsonLinesIntoChunksAndEndsWithReasonAndUsage() {
        List<ChatChunk> chunks;
        try (ChatStream stream = provider.stream(HELLO)) {
            chunks = TestProviders.drain(stream);
        }

        assertThat(upstream.lastRequest().json().path("stream").asBoolean()).isTrue();
        assertThat(TestProviders.text(chunks)).isEqualTo("Hello from Ollama");
        assertThat(chunks.getLast().finishReason()).contains("stop");
        assertThat(chunks.getLast().usage()).contains(Usage.ofTokens(8, 4));
    }

    @Test
    void aStreamedToolCallArrivesWholeAsOneFragment() {
        upstream.respondWith(request -> FakeUpstream.Response.ndjson(List.of(line("", true,
                "\"tool_calls\": [{\"function\": {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}}]"))));
        ToolDefinition weather = new ToolDefinition("get_weather", "Weather", "{\"type\":\"object\"}");

        List<ChatChunk> chunks;
        try (ChatStream stream = provider.stream(new ChatRequest("", HELLO.messages(), List.of(weather), Map.of()))) {
            chunks = TestProviders.drain(stream);
        }

        List<ToolCallDelta> fragments = chunks.stream().flatMap(chunk -> chunk.toolCalls().stream()).toList();
        assertThat(fragments).singleElement().satisfies(fragment -> {
            assertThat(fragment.index()).isZero();
            assertThat(fragment.id()).isPresent();
            assertThat(fragment.name()).contains("get_weather");
            assertThat(Json.parse(fragment.arguments(), "arguments").path("city").asText()).isEqualTo("Oslo");
        });
        assertThat(chunks.getLast().finishReason()).contains("tool_calls");
    }

    @Test
    void anOllamaErrorIsAProviderException() {
        upstream.respondWith(request -> FakeUpstream.Response.json(404, "{\"error\": \"model 'llama-test' not found\"}"));

        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProviderException.Failure.REJECTED);
            assertThat(e.getMessage()).contains("model 'llama-test' not found");
        });
    }

    private static FakeUpstream.Response answer(FakeUpstream.Request request) {
        if (!request.json().path("stream").asBoolean()) {
            return FakeUpstream.Response.json(line("Hello from Ollama", true, null));
        }
        return FakeUpstream.Response.ndjson(List.of(
                line("Hello", false, null), line(" from", false, null), line(" Ollama", false, null), line("", true, null)));
    }

    private static String line(String content, boolean done, String extraMessageField) {
        String message = "{\"role\": \"assistant\", \"content\": \"" + content + "\"" + (extraMessageField == null ? "" : ", " + extraMessageField) + "}";
        String end = done ? ", \"done_reason\": \"stop\", \"prompt_eval_count\": 8, \"eval_count\": 4" : "";
        return "{\"model\": \"llama-test\", \"created_at\": \"2025-01-01T00:00:00.000000Z\", \"message\": " + message
                + ", \"done\": " + done + end + "}";
    }
}

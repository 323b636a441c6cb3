package dev.aegis.plugin.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import dev.aegis.testkit.StreamAssembly;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MockModelProviderTest {

    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "The weather in a city", "{\"type\":\"object\"}");
    private static final ToolDefinition TIME = new ToolDefinition("get_time", "The time in a city", "{\"type\":\"object\"}");

    private final MockModelProvider provider = new MockModelProvider(MockProviderConfig.defaults());

    @Test
    void echoesTheLastUserMessage() {
        ChatRequest request = ChatRequest.of("", List.of(Message.system("be brief"), Message.user("first"), Message.assistant("ok"), Message.user("second one")));

        ChatResponse response = provider.complete(request);

        assertThat(response.message().content()).isEqualTo("Mock reply to: second one");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.model()).isEqualTo("mock-1");
    }

    @Test
    void theSameRequestGetsTheSameAnswerAndAnotherRequestAnotherId() {
        ChatRequest request = ChatRequest.of("", List.of(Message.user("hello")));

        assertThat(provider.complete(request)).isEqualTo(provider.complete(request));
        assertThat(new MockModelProvider(MockProviderConfig.defaults()).complete(request)).isEqualTo(provider.complete(request));
        assertThat(provider.complete(ChatRequest.of("", List.of(Message.user("hello!")))).id()).isNotEqualTo(provider.complete(request).id());
    }

    @Test
    void reportsTheRequestedModelWhenOneIsNamed() {
        assertThat(provider.complete(ChatRequest.of("gpt-4o", List.of(Message.user("hi")))).model()).isEqualTo("gpt-4o");
    }

    @Test
    void countsWhitespaceSeparatedWordsAsTokens() {
        ChatResponse response = provider.complete(ChatRequest.of("", List.of(Message.system("be brief"), Message.user("three words here"))));

        assertThat(response.usage()).isEqualTo(Usage.ofTokens(5, 6));
    }

    @Test
    void theTriggerPhraseCallsTheFirstToolOffered() {
        MockModelProvider configured = new MockModelProvider(new MockProviderConfig(null, null, null, null, null, "{\"city\":\"Paris\"}"));
        ChatRequest request = new ChatRequest("", List.of(Message.user("Please CALL TOOL for Paris")), List.of(WEATHER, TIME), Map.of());

        ChatResponse response = configured.complete(request);

        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.message().content()).isEmpty();
        assertThat(response.message().toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).matches("call_[0-9a-f]{16}");
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualTo("{\"city\":\"Paris\"}");
        });
        assertThat(configured.complete(request).message().toolCalls()).isEqualTo(response.message().toolCalls());
    }

    @Test
    void theTriggerPhraseWithoutToolsGetsAnOrdinaryReply() {
        ChatResponse response = provider.complete(ChatRequest.of("", List.of(Message.user("call tool please"))));

        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.message().toolCalls()).isEmpty();
    }

    @Test
    void aToolResultIsAnsweredWithAReplyIncludingIt() {
        ChatRequest request = new ChatRequest("", List.of(
                Message.user("call tool for the weather"),
                Message.assistant("", List.of(new ToolCall("call_1", "get_weather", "{}"))),
                Message.tool("call_1", "sunny, 21 degrees")), List.of(WEATHER), Map.of());

        ChatResponse response = provider.complete(request);

        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.message().content()).contains("sunny, 21 degrees");
    }

    @Test
    void streamingSendsTheCompletedTextInChunksOfTheConfiguredSize() {
        ChatRequest request = ChatRequest.of("", List.of(Message.user("a message long enough to need several chunks")));

        List<ChatChunk> chunks = drain(provider.stream(request));

        List<ChatChunk> text = chunks.subList(0, chunks.size() - 1);
        assertThat(text).allSatisfy(chunk -> assertThat(chunk.content().length()).isBetween(1, 8));
        assertThat(chunks.getLast().content()).isEmpty();
        assertThat(chunks.getLast().finishReason()).contains("stop");
        assertThat(StreamAssembly.responseOf("", "", chunks).message()).isEqualTo(provider.complete(request).message());
        assertThat(chunks.getLast().usage()).contains(provider.complete(request).usage());
    }

    @Test
    void streamingSendsAToolCallAsAFirstFragmentThenItsArgumentsInPieces() {
        MockModelProvider configured = new MockModelProvider(new MockProviderConfig(null, null, 4, null, null, "{\"city\":\"Paris\"}"));
        ChatRequest request = new ChatRequest("", List.of(Message.user("call tool")), List.of(WEATHER), Map.of());

        List<ChatChunk> chunks = drain(configured.stream(request));

        List<ToolCallDelta> deltas = chunks.stream().flatMap(chunk -> chunk.toolCalls().stream()).toList();
        assertThat(deltas.getFirst().id()).isPresent();
        assertThat(deltas.getFirst().name()).contains("get_weather");
        assertThat(deltas.subList(1, deltas.size())).allSatisfy(delta -> {
            assertThat(delta.id()).isEmpty();
            assertThat(delta.arguments().length()).isBetween(1, 4);
        });
        assertThat(chunks.getLast().finishReason()).contains("tool_calls");
        assertThat(StreamAssembly.responseOf("", "", chunks).message()).isEqualTo(configured.complete(request).message());
    }

    @Test
    void closingAStreamStopsIt() {
        ChatStream stream = provider.stream(ChatRequest.of("", List.of(Message.user("a message long enough to need several chunks"))));
        assertThat(stream.next()).isPresent();

        stream.close();

        assertThat(stream.next()).isEmpty();
    }

    @Test
    void anInterruptedWaitForAChunkFailsTheStream() {
        MockModelProvider slow = new MockModelProvider(new MockProviderConfig(null, null, null, Duration.ofMinutes(1), null, null));
        ChatStream stream = slow.stream(ChatRequest.of("", List.of(Message.user("hi"))));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class,
                    e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void embeddingsAreDeterministicUnitVectorsOfTheConfiguredDimensions() {
        MockEmbeddingProvider configured = new MockEmbeddingProvider(new MockEmbeddingConfig(null, 32));
        EmbeddingRequest request = new EmbeddingRequest("", List.of("alpha", "beta", "alpha"), Map.of());

        List<float[]> vectors = configured.embed(request).vectors();

        assertThat(vectors).hasSize(3).allSatisfy(vector -> {
            assertThat(vector).hasSize(32);
            double norm = 0;
            for (float value : vector) {
                norm += value * value;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        });
        assertThat(vectors.get(0)).isEqualTo(vectors.get(2)).isNotEqualTo(vectors.get(1));
        assertThat(configured.embed(request).vectors().get(1)).isEqualTo(vectors.get(1));
        assertThat(configured.embed(request).usage()).isEqualTo(Usage.ofTokens(3, 0));
    }

    private static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        try (stream) {
            for (Optional<ChatChunk> next = stream.next(); next.isPresent(); next = stream.next()) {
                chunks.add(next.get());
            }
        }
        return chunks;
    }
}

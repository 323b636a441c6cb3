package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicStreamingTest {

    private static final ChatRequest HELLO = ChatRequest.of("", List.of(Message.user("Say hello.")));

    private final FakeUpstream upstream = FakeUpstream.start(
            request -> FakeUpstream.Response.sse(AnthropicWire.streamedText(List.of("Hel", "lo", " there"))));
    private final ModelProvider provider = TestProviders.anthropic(upstream);

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    @Test
    void textArrivesPieceByPieceThenAFinalChunkCarriesTheFinishReasonAndUsage() {
        List<ChatChunk> chunks;
        try (ChatStream stream = provider.stream(HELLO)) {
            chunks = TestProviders.drain(stream);
        }

        assertThat(upstream.lastRequest().json().path("stream").asBoolean()).isTrue();
        assertThat(chunks).extracting(ChatChunk::content).containsSubsequence("Hel", "lo", " there");
        assertThat(TestProviders.text(chunks)).isEqualTo("Hello there");
        assertThat(chunks.getLast().finishReason()).contains("stop");
        assertThat(chunks.getLast().usage()).contains(Usage.ofTokens(9, 7));
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk.finishReason()).isEmpty());
    }

    @Test
    void aStreamedToolUseArrivesAsFragmentsOfCallZeroWithItsIdAndNameOnTheFirst() {
        upstream.respondWith(request -> FakeUpstream.Response.sse(AnthropicWire.streamedToolUse()));
        ToolDefinition weather = new ToolDefinition("get_weather", "", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");

        List<ChatChunk> chunks;
        try (ChatStream stream = provider.stream(new ChatRequest("", List.of(Message.user("Weather?")), List.of(weather), Map.of()))) {
            chunks = TestProviders.drain(stream);
        }

        List<ToolCallDelta> fragments = chunks.stream().flatMap(chunk -> chunk.toolCalls().stream()).toList();
        assertThat(fragments).isNotEmpty().allSatisfy(fragment -> assertThat(fragment.index()).isZero());
        assertThat(fragments.getFirst().id()).contains("toolu_07");
        assertThat(fragments.getFirst().name()).contains("get_weather");
        assertThat(fragments.subList(1, fragments.size())).allSatisfy(fragment -> {
            assertThat(fragment.id()).isEmpty();
            assertThat(fragment.name()).isEmpty();
        });
        String arguments = fragments.stream().map(ToolCallDelta::arguments).reduce("", String::concat);
        assertThat(Json.parse(arguments, "arguments")).isEqualTo(Json.parse("{\"city\": \"Paris\"}", "expected"));
        assertThat(TestProviders.text(chunks)).isEqualTo("Checking.");
        assertThat(chunks.getLast().finishReason()).contains("tool_calls");
    }

    @Test
    void anErrorEventMidStreamSurfacesAsAProviderExceptionAfterTheTextBeforeIt() {
        upstream.respondWith(request -> FakeUpstream.Response.sse(List.of(AnthropicWire.start(),
                "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
                AnthropicWire.textDelta("Partial"), AnthropicWire.error("overloaded_error", "Overloaded"))));

        try (ChatStream stream = provider.stream(HELLO)) {
            assertThat(stream.next()).map(ChatChunk::content).contains("Partial");
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class,
                    e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.UNAVAILABLE));
            assertThat(stream.next()).as("a failed stream stays ended").isEmpty();
        }
    }

    @Test
    void closingAStreamEarlyCancelsTheUpstreamCall() throws InterruptedException {
        List<String> endless = new ArrayList<>(AnthropicWire.streamedText(List.of("tick")).subList(0, 3));
        for (int i = 0; i < 400; i++) {
            endless.add(AnthropicWire.textDelta("tick"));
        }
        upstream.respondWith(request -> FakeUpstream.Response.sse(endless).pausing(Duration.ofMillis(25)));

        ChatStream stream = provider.stream(HELLO);
        assertThat(stream.next()).map(ChatChunk::content).contains("tick");
        stream.close();

        assertThat(upstream.clientWentAway().await(5, TimeUnit.SECONDS)).as("the upstream saw the connection close").isTrue();
        assertThat(stream.next()).isEmpty();
    }

    @Test
    void aStreamThatFallsSilentFailsWithATimeoutAfterTheConfiguredIdleTime() {
        upstream.respondWith(request -> FakeUpstream.Response.sse(List.of(AnthropicWire.start(),
                "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
                AnthropicWire.textDelta("Hi"), AnthropicWire.textDelta("late"))).stallingAfter(3, Duration.ofSeconds(5)));

        try (ChatStream stream = TestProviders.anthropic(upstream, "1s").stream(HELLO)) {
            assertThat(stream.next()).map(ChatChunk::content).contains("Hi");
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class,
                    e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.TIMEOUT));
        }
    }

    @Test
    void closingBeforeReadingAndClosingTwiceAreSafe() {
        ChatStream stream = provider.stream(HELLO);

        stream.close();
        stream.close();

        assertThat(stream.next()).isEqualTo(Optional.empty());
    }
}

package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class StreamingTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o", List.of(Message.user("Say hello.")));

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @Test
    void textArrivesAsDeltasThenTheFinishReasonThenTheUsage() {
        List<ChatChunk> chunks = drain(providers.of(upstream).stream(HELLO));

        assertThat(chunks).containsExactly(
                ChatChunk.text("Hel"),
                ChatChunk.text("lo!"),
                new ChatChunk("", List.of(), Optional.of("stop"), Optional.empty()),
                new ChatChunk("", List.of(), Optional.empty(), Optional.of(Usage.ofTokens(12, 2))));
    }

    @Test
    void toolCallsArriveAsIndexedFragmentsWithIdAndNameOnTheFirst() {
        upstream.answer(Answers.sse(
                "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]},\"finish_reason\":null}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":40,\"completion_tokens\":9}}",
                "[DONE]"));

        List<ChatChunk> chunks = drain(providers.of(upstream).stream(HELLO));

        assertThat(chunks).flatExtracting(ChatChunk::toolCalls).containsExactly(
                new ToolCallDelta(0, Optional.of("call_1"), Optional.of("get_weather"), ""),
                new ToolCallDelta(0, Optional.empty(), Optional.empty(), "{\"city\":"),
                new ToolCallDelta(0, Optional.empty(), Optional.empty(), "\"Paris\"}"),
                new ToolCallDelta(1, Optional.of("call_2"), Optional.of("get_time"), "{}"));
        assertThat(chunks.getLast().finishReason()).contains("tool_calls");
        assertThat(chunks.getLast().usage()).contains(Usage.ofTokens(40, 9));
    }

    @Test
    void commentsEventNamesAndOtherChoicesAreSkipped() {
        upstream.answer((exchange, request, server) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(("""
                    : OPENROUTER PROCESSING\r
                    \r
                    event: message\r
                    id: 1\r
                    data: {"choices":[{"index":1,"delta":{"content":"other choice"}}]}\r
                    \r
                    data: {"choices":[{"index":0,"delta":{"content":"only this"},"finish_reason":"stop"}]}\r
                    \r
                    data: [DONE]\r
                    \r
                    """).getBytes(StandardCharsets.UTF_8));
        });

        assertThat(drain(providers.of(upstream).stream(HELLO)))
                .containsExactly(new ChatChunk("only this", List.of(), Optional.of("stop"), Optional.empty()));
    }

    @Test
    void aBodyThatEndsBeforeDoneFailsInsteadOfEndingQuietly() {
        upstream.answer(Answers.sse(Answers.TEXT_STREAM[1], Answers.TEXT_STREAM[2]));

        assertCutAfterTwoChunks(providers.of(upstream).stream(HELLO));
    }

    @Test
    void aConnectionDroppedBeforeDoneFailsInsteadOfEndingQuietly() {
        upstream.answer(Answers.sseThenDrop(Answers.TEXT_STREAM[1], Answers.TEXT_STREAM[2]));

        assertCutAfterTwoChunks(providers.of(upstream).stream(HELLO));
    }

    @Test
    void anErrorEventMidStreamFailsWithTheUpstreamsMessage() {
        upstream.answer(Answers.sse(Answers.TEXT_STREAM[1],
                "{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\"}}"));

        try (ChatStream stream = providers.of(upstream).stream(HELLO)) {
            assertThat(stream.next()).contains(ChatChunk.text("Hel"));
            assertThatThrownBy(stream::next)
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED);
                        assertThat(e.upstreamStatus()).hasValue(200);
                    })
                    .hasMessageContaining("The server had an error while processing your request.");
        }
    }

    @Test
    void closingMidStreamClosesTheUpstreamConnection() throws InterruptedException {
        CountDownLatch clientLeft = new CountDownLatch(1);
        upstream.answer(Answers.streamUntilTheClientLeaves(clientLeft));
        ChatStream stream = providers.of(upstream).stream(HELLO);
        assertThat(stream.next()).contains(ChatChunk.text("Hel"));

        stream.close();
        stream.close();

        assertThat(clientLeft.await(10, TimeUnit.SECONDS)).as("the upstream saw the connection close").isTrue();
        assertThat(stream.next()).as("a closed stream is over").isEmpty();
    }

    @Test
    void aFinishedStreamHandsItsConnectionBackForTheNextCall() {
        OpenAiModelProvider provider = providers.of(upstream);

        drain(provider.stream(HELLO));
        drain(provider.stream(HELLO));
        provider.complete(HELLO);

        assertThat(upstream.requests()).extracting(RecordedRequest::clientPort).containsOnly(upstream.requests().getFirst().clientPort());
    }

    private static void assertCutAfterTwoChunks(ChatStream stream) {
        try (stream) {
            assertThat(stream.next()).contains(ChatChunk.text("Hel"));
            assertThat(stream.next()).contains(ChatChunk.text("lo!"));
            assertThatThrownBy(stream::next)
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED))
                    .hasMessage("stream ended before [DONE]");
            assertThatThrownBy(stream::next).as("a failed stream stays failed").isInstanceOf(ProviderException.class);
        }
    }

    static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        try (stream) {
            for (Optional<ChatChunk> next = stream.next(); next.isPresent(); next = stream.next()) {
                chunks.add(next.get());
            }
        }
        return chunks;
    }
}

package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeModelProviderTest {

    private static final ChatRequest HELLO = ChatRequest.of("", List.of(Message.user("hello there")));

    @Test
    void scriptedAnswersComeInOrderThenTheFallbackReply() {
        FakeModelProvider provider = new FakeModelProvider().thenReply("one").thenReply("two");

        assertThat(provider.complete(HELLO).message().content()).isEqualTo("one");
        assertThat(provider.complete(HELLO).message().content()).isEqualTo("two");
        assertThat(provider.complete(HELLO).message().content()).isEqualTo(FakeModelProvider.DEFAULT_REPLY);
        assertThat(provider.remainingAnswers()).isZero();
    }

    @Test
    void aReplyNamesTheRequestedModelAndCountsWords() {
        ChatResponse response = new FakeModelProvider().thenReply("three short words").complete(HELLO.withModel("small"));

        assertThat(response.model()).isEqualTo("small");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(2, 3));
    }

    @Test
    void aScriptedFailureIsThrownByCompleteAndByStream() {
        FakeModelProvider provider = new FakeModelProvider()
                .thenFail(ProviderException.Failure.RATE_LIMITED)
                .thenFail(ProviderException.Failure.TIMEOUT);

        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.RATE_LIMITED));
        assertThatThrownBy(() -> provider.stream(HELLO)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.TIMEOUT));
        assertThat(provider.openStreams()).isZero();
    }

    @Test
    void otherwiseFailCatchesCallsBeyondTheScript() {
        FakeModelProvider provider = new FakeModelProvider().thenReply("only").otherwiseFail();
        provider.complete(HELLO);

        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOf(ProviderException.class).hasMessageContaining("used up");
    }

    @Test
    void aStreamedReplyCarriesItsTextThenTheFinish() {
        FakeModelProvider provider = new FakeModelProvider().thenReply("streamed text");

        List<ChatChunk> chunks = drain(provider.stream(HELLO));

        assertThat(chunks).extracting(ChatChunk::content).containsExactly("streamed text", "");
        assertThat(chunks.getLast().finishReason()).contains("stop");
        assertThat(chunks.getLast().usage()).isPresent();
    }

    @Test
    void aToolCallStreamsAsADeltaAndCompletesAsAToolCall() {
        FakeModelProvider provider = new FakeModelProvider()
                .thenCallTool("call_1", "lookup", "{\"q\":1}")
                .thenCallTool("call_2", "lookup", "{}");

        List<ChatChunk> chunks = drain(provider.stream(HELLO));
        ChatResponse completed = provider.complete(HELLO);

        assertThat(chunks.getFirst().toolCalls()).containsExactly(new ToolCallDelta(0, Optional.of("call_1"), Optional.of("lookup"), "{\"q\":1}"));
        assertThat(chunks.getLast().finishReason()).contains("tool_calls");
        assertThat(completed.message().toolCalls()).containsExactly(new ToolCall("call_2", "lookup", "{}"));
        assertThat(completed.finishReason()).isEqualTo("tool_calls");
    }

    @Test
    void scriptedChunksStreamAsGivenAndCompleteAssembled() {
        List<ChatChunk> chunks = List.of(ChatChunk.text("Hel"), ChatChunk.text("lo"), ChatChunk.finish("length", Usage.ofTokens(4, 2)));
        FakeModelProvider provider = new FakeModelProvider().thenStream(chunks).thenStream(chunks);

        assertThat(drain(provider.stream(HELLO))).isEqualTo(chunks);
        ChatResponse completed = provider.complete(HELLO);
        assertThat(completed.message().content()).isEqualTo("Hello");
        assertThat(completed.finishReason()).isEqualTo("length");
        assertThat(completed.usage()).isEqualTo(Usage.ofTokens(4, 2));
    }

    @Test
    void aCutStreamFailsMidwayAndItsCompletedFormFailsOutright() {
        List<ChatChunk> chunks = List.of(ChatChunk.text("Hel"), ChatChunk.text("lo"));
        FakeModelProvider provider = new FakeModelProvider().thenStreamCutAfter(chunks, 1).thenStreamCutAfter(chunks, 1);

        try (ChatStream stream = provider.stream(HELLO)) {
            assertThat(stream.next()).isPresent();
            assertThatThrownBy(stream::next).isInstanceOf(ProviderException.class);
        }
        assertThatThrownBy(() -> provider.complete(HELLO)).isInstanceOf(ProviderException.class);
    }

    @Test
    void everyRequestIsRecordedInOrder() {
        FakeModelProvider provider = new FakeModelProvider();
        ChatRequest second = ChatRequest.of("m", List.of(Message.user("again")));

        provider.complete(HELLO);
        provider.stream(second).close();

        assertThat(provider.requests()).containsExactly(HELLO, second);
        assertThat(provider.lastRequest()).contains(second);
    }

    @Test
    void streamsLeftOpenAreCounted() {
        FakeModelProvider provider = new FakeModelProvider();

        ChatStream open = provider.stream(HELLO);
        provider.stream(HELLO).close();
        assertThat(provider.openStreams()).isEqualTo(1);

        open.close();
        assertThat(provider.openStreams()).isZero();
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

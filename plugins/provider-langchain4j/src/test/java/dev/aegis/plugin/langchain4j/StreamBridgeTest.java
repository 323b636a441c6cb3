package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.state.Usage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamBridgeTest {

    private final RecordingHandle handle = new RecordingHandle();
    private final FailureMapper failures = new FailureMapper("test", SecretRedactor.of(List.of()));

    @Test
    void aFullQueueHoldsTheProducerBackUntilTheReaderTakesAChunk() throws InterruptedException {
        StreamBridge bridge = new StreamBridge(failures, Duration.ofSeconds(30));
        CountDownLatch produced = produceInBackground(bridge, StreamBridge.CAPACITY + 1);

        assertThat(produced.await(300, TimeUnit.MILLISECONDS)).as("the producer waits while the queue is full").isFalse();
        assertThat(bridge.next()).map(ChatChunk::content).contains("piece");
        assertThat(produced.await(5, TimeUnit.SECONDS)).as("one read makes room for the last piece").isTrue();
    }

    @Test
    void closingFreesABlockedProducerAndCancelsTheUpstream() throws InterruptedException {
        StreamBridge bridge = new StreamBridge(failures, Duration.ofSeconds(30));
        CountDownLatch produced = produceInBackground(bridge, StreamBridge.CAPACITY + 5);
        assertThat(produced.await(300, TimeUnit.MILLISECONDS)).isFalse();

        bridge.close();

        assertThat(produced.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.cancelled).isTrue();
        assertThat(bridge.next()).isEmpty();
    }

    @Test
    void aReaderThatStopsReadingWithoutClosingIsCutOffAfterTheIdleTimeout() throws InterruptedException {
        StreamBridge bridge = new StreamBridge(failures, Duration.ofMillis(200));
        CountDownLatch produced = produceInBackground(bridge, StreamBridge.CAPACITY + 1);

        assertThat(produced.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.cancelled).isTrue();
    }

    @Test
    void aCompletionWithoutPartialCallbacksStillDeliversTheTextThenTheFinish() {
        StreamBridge bridge = new StreamBridge(failures, Duration.ofSeconds(5));

        bridge.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("whole answer"))
                .finishReason(FinishReason.LENGTH).tokenUsage(new TokenUsage(3, 4)).build());

        assertThat(bridge.next()).map(ChatChunk::content).contains("whole answer");
        assertThat(bridge.next()).contains(ChatChunk.finish("length", Usage.ofTokens(3, 4)));
        assertThat(bridge.next()).isEqualTo(Optional.empty());
    }

    private CountDownLatch produceInBackground(StreamBridge bridge, int pieces) {
        CountDownLatch done = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < pieces; i++) {
                bridge.onPartialResponse(new PartialResponse("piece"), new PartialResponseContext(handle));
            }
            done.countDown();
        });
        return done;
    }

    private static final class RecordingHandle implements StreamingHandle {

        volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}

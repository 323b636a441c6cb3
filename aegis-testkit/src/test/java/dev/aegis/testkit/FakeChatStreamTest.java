package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FakeChatStreamTest {

    private final List<ChatChunk> chunks = List.of(ChatChunk.text("Hel"), ChatChunk.text("lo"), ChatChunk.finish("stop", Usage.ofTokens(1, 1)));

    @Test
    void deliversItsChunksInOrderThenEndsForGood() {
        FakeChatStream stream = FakeChatStream.of(chunks);

        assertThat(stream.next()).contains(chunks.get(0));
        assertThat(stream.next()).contains(chunks.get(1));
        assertThat(stream.next()).contains(chunks.get(2));
        assertThat(stream.next()).isEmpty();
        assertThat(stream.next()).isEmpty();
        assertThat(stream.delivered()).isEqualTo(3);
    }

    @Test
    void aCutStreamFailsWithFailedAfterTheGivenChunksAndKeepsFailing() {
        FakeChatStream stream = FakeChatStream.cutAfter(chunks, 1);

        assertThat(stream.next()).contains(chunks.get(0));
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED));
        assertThatThrownBy(stream::next).isInstanceOf(ProviderException.class);
    }

    @Test
    void aStreamCutBeforeItsFirstChunkFailsAtOnce() {
        assertThatThrownBy(FakeChatStream.cutAfter(chunks, 0)::next).isInstanceOf(ProviderException.class);
    }

    @Test
    void cuttingAfterMoreChunksThanThereAreIsRejected() {
        assertThatThrownBy(() -> FakeChatStream.cutAfter(chunks, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedStreamYieldsNothingMore() {
        FakeChatStream stream = FakeChatStream.cutAfter(chunks, 1);
        stream.close();

        assertThat(stream.isClosed()).isTrue();
        assertThat(stream.next()).isEmpty();
    }

    @Test
    void closingRunsTheCloseActionOnlyOnce() {
        AtomicInteger closes = new AtomicInteger();
        FakeChatStream stream = FakeChatStream.of(chunks).onClose(closes::incrementAndGet);

        stream.close();
        stream.close();

        assertThat(closes).hasValue(1);
    }
}

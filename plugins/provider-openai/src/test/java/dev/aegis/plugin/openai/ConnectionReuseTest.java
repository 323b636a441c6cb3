package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.state.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConnectionReuseTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o", List.of(Message.user("Say hello.")));

    private final SocketUpstream upstream = start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() throws IOException {
        providers.close();
        upstream.close();
    }

    @Test
    void sequentialRequestsShareOneConnection() {
        OpenAiModelProvider provider = provider("");

        for (int i = 0; i < 5; i++) {
            assertThat(provider.complete(HELLO).message()).isEqualTo(Message.assistant("Hello!"));
            assertThat(drain(provider.stream(HELLO))).hasSize(4);
        }

        assertThat(upstream.accepted()).isEqualTo(1);
    }

    @Test
    void anUpstreamThatClosedAnIdleConnectionDoesNotFailTheNextRequest() {
        upstream.closeAfterEachAnswer();
        OpenAiModelProvider provider = provider("");

        for (int i = 0; i < 3; i++) {
            assertThat(provider.complete(HELLO).message()).isEqualTo(Message.assistant("Hello!"));
            awaitEqual(upstream::open, 0);
        }

        assertThat(upstream.accepted()).as("each stale connection replaced once").isEqualTo(3);
    }

    @Test
    void aConnectionIdleLongerThanThePoolIdleTimeoutIsClosedRatherThanReused() throws InterruptedException {
        OpenAiModelProvider provider = provider("pool-idle-timeout: 50ms");

        provider.complete(HELLO);
        Thread.sleep(200);
        provider.complete(HELLO);

        assertThat(upstream.accepted()).isEqualTo(2);
        awaitEqual(upstream::open, 1);
    }

    @Test
    void afterABurstTheSurplusConnectionsAreClosedOnceIdleTooLongWhileTheNewestIsStillReused() throws InterruptedException {
        OpenAiModelProvider provider = provider("pool-idle-timeout: 1s");

        openConcurrentStreamsAndEndThem(provider, 3);
        awaitEqual(upstream::open, 3);
        for (int i = 0; i < 14; i++) {
            Thread.sleep(100);
            provider.complete(HELLO);
        }

        assertThat(upstream.accepted()).as("the newest kept being reused").isEqualTo(3);
        awaitEqual(upstream::open, 1);
    }

    @Test
    void aStreamHandsItsConnectionBackOnlyAfterItEndedCleanly() {
        CountDownLatch gate = new CountDownLatch(1);
        upstream.holdStreamsUntil(gate);
        OpenAiModelProvider provider = provider("");

        try (ChatStream stream = provider.stream(HELLO)) {
            assertThat(stream.next()).isPresent();
            provider.complete(HELLO);
            assertThat(upstream.accepted()).as("the open stream keeps its connection").isEqualTo(2);
            gate.countDown();
            assertThat(drain(stream)).hasSize(3);
        }
        provider.complete(HELLO);
        provider.complete(HELLO);

        assertThat(upstream.accepted()).isEqualTo(2);
    }

    @Test
    void anAbortedStreamsConnectionIsClosedNotReused() {
        upstream.stallStreams();
        OpenAiModelProvider provider = provider("");

        try (ChatStream stream = provider.stream(HELLO)) {
            assertThat(stream.next()).isPresent();
        }
        awaitEqual(upstream::open, 0);
        provider.complete(HELLO);

        assertThat(upstream.accepted()).isEqualTo(2);
    }

    @Test
    void maxConnectionsBoundsTheConnectionsKeptForReuse() {
        OpenAiModelProvider provider = provider("max-connections: 2");

        openConcurrentStreamsAndEndThem(provider, 4);
        awaitEqual(upstream::open, 2);
        openConcurrentStreamsAndEndThem(provider, 4);

        assertThat(upstream.accepted()).as("4, then 2 kept and 2 new").isEqualTo(6);
        awaitEqual(upstream::open, 2);
    }

    private void openConcurrentStreamsAndEndThem(OpenAiModelProvider provider, int count) {
        CountDownLatch gate = new CountDownLatch(1);
        upstream.holdStreamsUntil(gate);
        List<ChatStream> streams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChatStream stream = provider.stream(HELLO);
            assertThat(stream.next()).isPresent();
            streams.add(stream);
        }
        gate.countDown();
        streams.forEach(stream -> {
            try (stream) {
                assertThat(drain(stream)).hasSize(3);
            }
        });
    }

    private OpenAiModelProvider provider(String extra) {
        return providers.create("""
                base-url: %s
                model: gpt-test
                idle-timeout: 5s
                %s
                """.formatted(upstream.baseUrl(), extra));
    }

    private static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        try (stream) {
            for (Optional<ChatChunk> chunk = stream.next(); chunk.isPresent(); chunk = stream.next()) {
                chunks.add(chunk.get());
            }
        }
        return chunks;
    }

    /** The server sees a close a moment after the client made it. */
    private static void awaitEqual(IntSupplier actual, int expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (actual.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(actual.getAsInt()).isEqualTo(expected);
    }

    private static SocketUpstream start() {
        try {
            return new SocketUpstream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test upstream", e);
        }
    }
}

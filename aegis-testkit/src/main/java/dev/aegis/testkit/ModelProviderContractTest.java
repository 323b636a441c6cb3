package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The promises of {@link ModelProvider}, for every implementation. Extend it in a test of your
 * provider and return the instance under test from {@link #provider()}:
 *
 * <pre>{@code
 * class MyProviderContractTest extends ModelProviderContractTest {
 *     @Override
 *     protected ModelProvider provider() {
 *         return new MyProvider(wireMockUrl);
 *     }
 * }
 * }</pre>
 */
// a provider that hangs fails its test instead of stalling the build
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ModelProviderContractTest {

    /** The provider under test; called once per test. */
    protected abstract ModelProvider provider();

    /** The chat request the tests send; override to suit the provider, e.g. with a model it knows. */
    protected ChatRequest request() {
        return ChatRequest.of("", List.of(Message.system("Be brief."), Message.user("Say hello.")));
    }

    /** More chunks than any answer to {@link #request()} has, so a stream that never ends fails. */
    protected int maxChunks() {
        return 10_000;
    }

    @Test
    void completeReturnsAnAssistantResponseWithUsage() {
        ChatResponse response = provider().complete(request());

        assertThat(response).as("complete() must return a response, never null").isNotNull();
        assertThat(response.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(response.finishReason()).as("finish reason").isNotBlank();
        assertThat(response.usage()).as("usage").isNotNull();
    }

    @Test
    void streamYieldsChunksThenEndsWithEmpty() {
        List<ChatChunk> chunks;
        try (ChatStream stream = provider().stream(request())) {
            chunks = drain(stream);
        }

        assertThat(chunks).as("a stream yields at least one chunk before it ends").isNotEmpty();
        assertThat(chunks).as("some chunk carries the finish reason").anySatisfy(chunk -> assertThat(chunk.finishReason()).isPresent());
    }

    @Test
    void aStreamThatEndedStaysEnded() {
        try (ChatStream stream = provider().stream(request())) {
            drain(stream);

            assertThat(stream.next()).as("next() after the end").isEmpty();
        }
    }

    @Test
    void closingAStreamBeforeTheEndIsSafeAndIdempotent() {
        ChatStream stream = provider().stream(request());
        stream.next();

        stream.close();
        stream.close();
    }

    @Test
    void closingAStreamBeforeReadingIsSafe() {
        ChatStream stream = provider().stream(request());

        stream.close();
        stream.close();
    }

    @Test
    void concurrentCallsFromVirtualThreadsAllSucceed() {
        ModelProvider shared = provider();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                threads.submit(() -> {
                    try {
                        assertThat(shared.complete(request())).isNotNull();
                        try (ChatStream stream = shared.stream(request())) {
                            assertThat(drain(stream)).isNotEmpty();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
        }
        assertThat(failures).as("failures of concurrent calls").isEmpty();
    }

    private List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (Optional<ChatChunk> next = stream.next(); next.isPresent(); next = stream.next()) {
            assertThat(next.get()).isNotNull();
            chunks.add(next.get());
            assertThat(chunks.size()).as("chunks of one answer (is the stream endless?)").isLessThanOrEqualTo(maxChunks());
        }
        return chunks;
    }
}

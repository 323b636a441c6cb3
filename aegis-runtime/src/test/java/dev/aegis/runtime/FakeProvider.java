package dev.aegis.runtime;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A scripted model provider: fails as told, then answers; streams a script of chunks and failures. */
final class FakeProvider implements ModelProvider {

    private final Message answer;
    private final Deque<ProviderException> failures = new ArrayDeque<>();
    private List<Object> streamScript = List.of();
    final List<ChatRequest> requests = new ArrayList<>();
    final List<Thread> callers = new ArrayList<>();
    int opened;
    int closed;
    int pulled;

    private FakeProvider(Message answer) {
        this.answer = answer;
    }

    static FakeProvider answering(String text) {
        return new FakeProvider(Message.assistant(text));
    }

    static FakeProvider answering(Message message) {
        return new FakeProvider(message);
    }

    static ProviderException failure(ProviderException.Failure failure) {
        return new ProviderException(failure, 503, "upstream said no", null);
    }

    /** The next calls throw these, in order, before it answers. */
    FakeProvider failingFirst(ProviderException.Failure... kinds) {
        for (ProviderException.Failure kind : kinds) {
            failures.add(failure(kind));
        }
        return this;
    }

    /** Streams these steps: a {@link ChatChunk} is handed out, a {@link RuntimeException} thrown. */
    FakeProvider streaming(Object... script) {
        this.streamScript = List.of(script);
        return this;
    }

    /** Streams the text in chunks of the given sizes, then a stop. */
    FakeProvider streamingText(String text, int chunkSize) {
        List<Object> script = new ArrayList<>();
        for (int at = 0; at < text.length(); at += chunkSize) {
            script.add(ChatChunk.text(text.substring(at, Math.min(text.length(), at + chunkSize))));
        }
        script.add(ChatChunk.finish("stop", Usage.ofTokens(3, 5)));
        this.streamScript = List.copyOf(script);
        return this;
    }

    int calls() {
        return requests.size();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        record(request);
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        return new ChatResponse("resp-1", "fake-model", answer, answer.toolCalls().isEmpty() ? "stop" : "tool_calls", Usage.ofTokens(3, 5));
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        record(request);
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        opened++;
        Deque<Object> steps = new ArrayDeque<>(streamScript);
        return new ChatStream() {
            @Override
            public Optional<ChatChunk> next() {
                Object step = steps.poll();
                if (step == null) {
                    return Optional.empty();
                }
                if (step instanceof RuntimeException failure) {
                    throw failure;
                }
                pulled++;
                return Optional.of((ChatChunk) step);
            }

            @Override
            public void close() {
                closed++;
            }
        };
    }

    private void record(ChatRequest request) {
        requests.add(request);
        callers.add(Thread.currentThread());
    }
}

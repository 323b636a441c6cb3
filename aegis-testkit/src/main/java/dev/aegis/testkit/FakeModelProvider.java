package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted {@link ModelProvider}. Each call, completed or streamed, takes the next scripted answer;
 * once the script is used up every call gets the fallback answer ({@value #DEFAULT_REPLY} unless
 * changed with {@link #otherwiseReply}). Records every request and counts streams left open.
 * Thread-safe.
 *
 * <pre>{@code
 * FakeModelProvider provider = new FakeModelProvider()
 *         .thenFail(ProviderException.Failure.UNAVAILABLE)
 *         .thenReply("Hello!");
 * }</pre>
 */
public final class FakeModelProvider implements ModelProvider {

    public static final String DEFAULT_REPLY = "fake reply";
    public static final String DEFAULT_MODEL = "fake-model";

    private final Queue<ScriptedAnswer> script = new ConcurrentLinkedQueue<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger responses = new AtomicInteger();
    private final AtomicInteger openStreams = new AtomicInteger();
    private volatile Optional<String> fallbackReply = Optional.of(DEFAULT_REPLY);

    /** Answers the next call with an assistant message saying {@code text}, finish reason {@code stop}. */
    public FakeModelProvider thenReply(String text) {
        return then(new ScriptedAnswer.Reply(Message.assistant(requireNonNull(text, "text")), "stop"));
    }

    /** Answers the next call with exactly {@code response}. */
    public FakeModelProvider thenRespond(ChatResponse response) {
        return then(new ScriptedAnswer.Respond(requireNonNull(response, "response")));
    }

    /** Answers the next call with a call of tool {@code name}, finish reason {@code tool_calls}. */
    public FakeModelProvider thenCallTool(String id, String name, String arguments) {
        return then(new ScriptedAnswer.Reply(Message.assistant("", List.of(new ToolCall(id, name, arguments))), "tool_calls"));
    }

    /** Streams {@code chunks} on the next call (a completed call gets them assembled). */
    public FakeModelProvider thenStream(List<ChatChunk> chunks) {
        return then(new ScriptedAnswer.Chunks(chunks, OptionalInt.empty()));
    }

    /**
     * Streams the first {@code delivered} of {@code chunks} on the next call, then fails with
     * {@link ProviderException.Failure#FAILED}; a completed call fails outright.
     */
    public FakeModelProvider thenStreamCutAfter(List<ChatChunk> chunks, int delivered) {
        FakeChatStream.cutAfter(chunks, delivered); // rejects an impossible cut now rather than at the call
        return then(new ScriptedAnswer.Chunks(chunks, OptionalInt.of(delivered)));
    }

    /** Fails the next call, completed or streamed, before any chunk. */
    public FakeModelProvider thenFail(ProviderException.Failure failure) {
        return then(new ScriptedAnswer.Fail(failure, "scripted " + failure.code()));
    }

    /** The reply once the script is used up. */
    public FakeModelProvider otherwiseReply(String text) {
        fallbackReply = Optional.of(requireNonNull(text, "text"));
        return this;
    }

    /** Fails with {@link ProviderException.Failure#FAILED} once the script is used up, to catch unexpected calls. */
    public FakeModelProvider otherwiseFail() {
        fallbackReply = Optional.empty();
        return this;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        requests.add(requireNonNull(request, "request"));
        return nextAnswer().complete("fake-" + responses.incrementAndGet(), request);
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        requests.add(requireNonNull(request, "request"));
        FakeChatStream stream = nextAnswer().stream(request);
        openStreams.incrementAndGet();
        return stream.onClose(openStreams::decrementAndGet);
    }

    /** Every chat request received, completed and streamed, in order. */
    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public Optional<ChatRequest> lastRequest() {
        List<ChatRequest> received = requests();
        return received.isEmpty() ? Optional.empty() : Optional.of(received.getLast());
    }

    /** Streams handed out and not yet closed; zero when every caller closed its stream. */
    public int openStreams() {
        return openStreams.get();
    }

    /** Scripted answers not yet used. */
    public int remainingAnswers() {
        return script.size();
    }

    private FakeModelProvider then(ScriptedAnswer answer) {
        script.add(answer);
        return this;
    }

    private ScriptedAnswer nextAnswer() {
        ScriptedAnswer next = script.poll();
        if (next != null) {
            return next;
        }
        return fallbackReply.<ScriptedAnswer>map(text -> new ScriptedAnswer.Reply(Message.assistant(text), "stop"))
                .orElseGet(() -> new ScriptedAnswer.Fail(ProviderException.Failure.FAILED, "the fake model provider's script is used up"));
    }

    static String modelOf(String requested) {
        return requested.isEmpty() ? DEFAULT_MODEL : requested;
    }
}

package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.ToolCall;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Turns LangChain4j's callbacks into our blocking pull stream. The callbacks run on the HTTP
 * client's (virtual) threads and hand chunks over through a bounded queue, so a slow reader holds
 * the upstream back instead of piling up memory. Closing stops delivery and cancels the upstream
 * call through LangChain4j's {@link StreamingHandle}, which closes the connection.
 */
final class StreamBridge implements ChatStream, StreamingChatResponseHandler {

    static final int CAPACITY = 256;

    private sealed interface Signal {}

    private record Next(ChatChunk chunk) implements Signal {}

    private record Last(ChatChunk chunk) implements Signal {}

    private record Failed(ProviderException error) implements Signal {}

    private final BlockingQueue<Signal> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final ToolCallIndexes toolCalls = new ToolCallIndexes();
    private final FailureMapper failures;
    private final Duration idleTimeout;
    private volatile StreamingHandle handle;
    private volatile boolean closed;
    private volatile boolean ended;
    private volatile boolean textSeen;

    StreamBridge(FailureMapper failures, Duration idleTimeout) {
        this.failures = failures;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public Optional<ChatChunk> next() {
        if (ended) {
            return Optional.empty();
        }
        Signal signal;
        try {
            signal = queue.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new ProviderException(ProviderException.Failure.FAILED, "interrupted while waiting for the next chunk");
        }
        if (signal == null) {
            close();
            throw new ProviderException(ProviderException.Failure.TIMEOUT, -1, "no streamed data arrived within " + idleTimeout, null);
        }
        return switch (signal) {
            case Next next -> Optional.of(next.chunk());
            case Last last -> {
                ended = true;
                yield Optional.of(last.chunk());
            }
            case Failed failed -> {
                close();
                throw failed.error();
            }
        };
    }

    /** A chunk handed over by the callback is waiting in the queue. */
    @Override
    public boolean ready() {
        return !ended && !queue.isEmpty();
    }

    @Override
    public void close() {
        closed = true;
        ended = true;
        // frees a callback blocked on a full queue; it then sees the stream closed
        queue.clear();
        cancelUpstream();
    }

    @Override
    public void onPartialResponse(String text) {
        textSeen = true;
        deliver(new Next(ChatChunk.text(text)));
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle = context.streamingHandle();
        onPartialResponse(partial.text());
    }

    @Override
    public void onPartialToolCall(PartialToolCall call) {
        deliver(new Next(new ChatChunk("", List.of(toolCalls.fragment(call)), Optional.empty(), Optional.empty())));
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        handle = context.streamingHandle();
        onPartialToolCall(call);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        String text = response.aiMessage().text();
        List<ToolCall> calls = ResponseMapper.toolCalls(response.aiMessage());
        List<ToolCallDelta> unstreamed = toolCalls.unstreamed(calls);
        // a vendor that skipped partial callbacks still gets its answer through
        String missingText = !textSeen && text != null ? text : "";
        if (!missingText.isEmpty() || !unstreamed.isEmpty()) {
            deliver(new Next(new ChatChunk(missingText, unstreamed, Optional.empty(), Optional.empty())));
        }
        String reason = ResponseMapper.finishReason(response.finishReason(), !calls.isEmpty());
        deliver(new Last(ChatChunk.finish(reason, ResponseMapper.usage(response.tokenUsage()))));
    }

    @Override
    public void onError(Throwable error) {
        deliver(new Failed(failures.map(error)));
    }

    private void deliver(Signal signal) {
        if (closed) {
            cancelUpstream();
            return;
        }
        try {
            // a reader that stops reading without closing would otherwise pin this thread and the connection forever
            if (!queue.offer(signal, idleTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private void cancelUpstream() {
        StreamingHandle current = handle;
        if (current != null && !current.isCancelled()) {
            current.cancel();
        }
    }
}

package dev.aegis.plugin.mock;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out precomputed chunks, pausing before each; closing stops it, from any thread. */
final class MockChatStream implements ChatStream {

    private final List<ChatChunk> chunks;
    private final Duration delay;
    private final AtomicInteger position = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    MockChatStream(List<ChatChunk> chunks, Duration delay) {
        this.chunks = List.copyOf(chunks);
        this.delay = delay;
    }

    @Override
    public Optional<ChatChunk> next() {
        if (closed.get() || position.get() >= chunks.size()) {
            return Optional.empty();
        }
        Pause.of(delay);
        if (closed.get()) {
            return Optional.empty();
        }
        int index = position.getAndIncrement();
        return index < chunks.size() ? Optional.of(chunks.get(index)) : Optional.empty();
    }

    /** With no pause between chunks, the next one is always there. */
    @Override
    public boolean ready() {
        return delay.isZero() && !closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
    }
}

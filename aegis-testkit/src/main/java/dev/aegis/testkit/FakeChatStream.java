package dev.aegis.testkit;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link ChatStream} over a fixed list of chunks, optionally cut after some of them the way a
 * dropped upstream connection cuts a real stream. Thread-safe, so a test may close it from another
 * thread while a consumer reads.
 */
public final class FakeChatStream implements ChatStream {

    private final List<ChatChunk> chunks;
    private final OptionalInt cutAfter;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int delivered;

    private FakeChatStream(List<ChatChunk> chunks, OptionalInt cutAfter, Runnable onClose) {
        this.chunks = List.copyOf(chunks);
        this.cutAfter = cutAfter;
        this.onClose = onClose;
        if (cutAfter.isPresent() && (cutAfter.getAsInt() < 0 || cutAfter.getAsInt() > this.chunks.size())) {
            throw new IllegalArgumentException("cannot cut a stream of " + this.chunks.size() + " chunks after " + cutAfter.getAsInt());
        }
    }

    /** A stream that delivers {@code chunks} and then ends normally. */
    public static FakeChatStream of(List<ChatChunk> chunks) {
        return new FakeChatStream(chunks, OptionalInt.empty(), () -> {});
    }

    public static FakeChatStream of(ChatChunk... chunks) {
        return of(List.of(chunks));
    }

    /**
     * A stream that delivers the first {@code delivered} chunks and then fails with a
     * {@link ProviderException.Failure#FAILED} failure, as a provider reports a connection cut mid-way.
     */
    public static FakeChatStream cutAfter(List<ChatChunk> chunks, int delivered) {
        return new FakeChatStream(chunks, OptionalInt.of(delivered), () -> {});
    }

    /** The same stream, running {@code action} once when it is first closed (providers count open streams with it). */
    public FakeChatStream onClose(Runnable action) {
        return new FakeChatStream(chunks, cutAfter, action);
    }

    /** The next chunk; empty at the end and after {@link #close()}; throws at the scripted cut, again on every later call. */
    @Override
    public synchronized Optional<ChatChunk> next() {
        if (closed.get()) {
            return Optional.empty();
        }
        if (cutAfter.isPresent() && delivered >= cutAfter.getAsInt()) {
            throw new ProviderException(ProviderException.Failure.FAILED, "stream cut after " + cutAfter.getAsInt() + " chunks (scripted)");
        }
        return delivered < chunks.size() ? Optional.of(chunks.get(delivered++)) : Optional.empty();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** How many chunks a consumer has received so far. */
    public synchronized int delivered() {
        return delivered;
    }
}

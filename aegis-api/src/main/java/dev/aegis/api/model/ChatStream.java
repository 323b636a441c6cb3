package dev.aegis.api.model;

import dev.aegis.api.API;
import java.util.Optional;

/**
 * A streamed answer, pulled chunk by chunk on the caller's (virtual) thread. Closing it before the
 * end cancels the upstream call.
 */
@API(status = API.Status.STABLE)
public interface ChatStream extends AutoCloseable {

    /**
     * Blocks for the next chunk; empty once the stream ended normally, and empty again on every
     * later call and after {@link #close()}. A normal end carries a finish reason on its last
     * content chunk: a stream that ends without one is treated as cut.
     *
     * @throws ProviderException when the stream is cut or the provider reports an error mid-way
     */
    Optional<ChatChunk> next();

    /**
     * Whether {@link #next()} would answer now without waiting for the provider: its chunk (or the
     * stream's end) has already arrived. The gateway writes the chunks that arrived together to the
     * client in one write and sends them as soon as this turns false, so a chunk is never held back
     * while the provider is idle. The default, false, sends every chunk on its own, which is always
     * correct; a provider that reads a buffered stream should say better. Must not block.
     */
    default boolean ready() {
        return false;
    }

    @Override
    void close();
}

package dev.aegis.api.model;

import dev.aegis.api.API;

/**
 * A model backend. Calls block the caller's (virtual) thread; implementations are shared by all
 * requests and must be thread-safe. Failures are {@link ProviderException}s. Embeddings are another
 * contract ({@link dev.aegis.api.vector.EmbeddingProvider}); a plugin for a backend that offers both provides both.
 */
@API(status = API.Status.STABLE)
public interface ModelProvider {

    ChatResponse complete(ChatRequest request);

    /** Starts a streamed answer; the returned stream must be closed. */
    ChatStream stream(ChatRequest request);
}

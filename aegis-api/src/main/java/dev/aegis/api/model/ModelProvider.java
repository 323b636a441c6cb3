package dev.aegis.api.model;

import dev.aegis.api.API;

/**
 * A model backend. Calls block the caller's (virtual) thread; implementations are shared by all
 * requests and must be thread-safe. Failures are {@link ProviderException}s.
 */
@API(status = API.Status.STABLE)
public interface ModelProvider {

    ChatResponse complete(ChatRequest request);

    /** Starts a streamed answer; the returned stream must be closed. */
    ChatStream stream(ChatRequest request);

    /** Embeds text; providers without embeddings keep this default. */
    default EmbeddingResponse embed(EmbeddingRequest request) {
        throw new ProviderException(ProviderException.Failure.UNSUPPORTED, "this provider does not offer embeddings");
    }
}

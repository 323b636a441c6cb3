package dev.aegis.api.vector;

import dev.aegis.api.API;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import java.util.List;
import java.util.Map;

/**
 * Turns text into vectors: an in-process sentence encoder or a remote embeddings API. The one
 * embedding contract: {@code /v1/embeddings}, vector stores, retrieval and guards all embed through it.
 * Thread-safe; calls block the caller's (virtual) thread; failures are
 * {@link dev.aegis.api.model.ProviderException}s.
 */
@API(status = API.Status.STABLE)
public interface EmbeddingProvider {

    /**
     * One vector per input, in input order. {@code request.model()} picks the model of an embedder that
     * serves several (a remote API); one that serves a single model may ignore it.
     */
    EmbeddingResponse embed(EmbeddingRequest request);

    /** The model {@link #embed(List)} uses, e.g. {@code all-minilm-l6-v2}. */
    String model();

    /** The length of {@link #model()}'s vectors. */
    int dimensions();

    /** {@code texts} embedded with {@link #model()}. */
    default List<float[]> embed(List<String> texts) {
        return embed(new EmbeddingRequest(model(), texts, Map.of())).vectors();
    }
}

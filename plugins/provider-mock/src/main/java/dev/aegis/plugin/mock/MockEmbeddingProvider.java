package dev.aegis.plugin.mock;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.state.Usage;
import dev.aegis.api.vector.EmbeddingProvider;
import java.util.List;

/**
 * Deterministic embeddings with no model: each word hashed into a bucket of a normalised vector, so
 * texts sharing words are close. For tests and demos; it knows nothing of meaning.
 */
final class MockEmbeddingProvider implements EmbeddingProvider {

    private final MockEmbeddingConfig config;

    MockEmbeddingProvider(MockEmbeddingConfig config) {
        this.config = config;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        List<float[]> vectors = request.inputs().stream().map(input -> HashEmbedding.of(input, config.dimensions())).toList();
        long tokens = request.inputs().stream().mapToLong(Words::count).sum();
        return new EmbeddingResponse(config.model(), vectors, Usage.ofTokens(tokens, 0));
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public int dimensions() {
        return config.dimensions();
    }

    @Override
    public String toString() {
        return "MockEmbeddingProvider[" + config.model() + ", " + config.dimensions() + "]";
    }
}

package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.api.state.Usage;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.plugin.embeddings.local.MiniLmEncoder.Embedded;
import java.util.Arrays;
import java.util.List;

/**
 * all-MiniLM-L6-v2 in the gateway's process: no key, no network. Usage counts the model's own word
 * pieces of each input (the WordPiece tokens it reads, without [CLS] and [SEP]), not words.
 */
final class LocalEmbeddingProvider implements EmbeddingProvider, AutoCloseable {

    private final ModelHolder model;
    private final InferenceQueue queue;

    LocalEmbeddingProvider(ModelHolder model, InferenceQueue queue) {
        this.model = model;
        this.queue = queue;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        String dimensions = request.parameters().get("dimensions");
        if (dimensions != null && !dimensions.equals(Integer.toString(MiniLmEncoder.DIMENSIONS))) {
            // 400 like OpenAI's answer to a size its model cannot give; the vectors are not truncated.
            throw new ProviderException(Failure.REJECTED, 400,
                    LocalEmbeddingConfig.MINILM + " gives " + MiniLmEncoder.DIMENSIONS + " dimensions only, not " + dimensions, null);
        }
        if (request.inputs().isEmpty()) {
            return new EmbeddingResponse(model(), List.of(), Usage.ZERO);
        }
        Embedded embedded = queue.embed(request.inputs());
        return new EmbeddingResponse(model(), Arrays.asList(embedded.vectors()), Usage.ofTokens(Arrays.stream(embedded.wordPieces()).asLongStream().sum(), 0));
    }

    @Override
    public String model() {
        return LocalEmbeddingConfig.MINILM;
    }

    @Override
    public int dimensions() {
        return MiniLmEncoder.DIMENSIONS;
    }

    @Override
    public void close() {
        queue.close();
        model.close();
    }

    @Override
    public String toString() {
        return "LocalEmbeddingProvider[" + model() + "]";
    }
}

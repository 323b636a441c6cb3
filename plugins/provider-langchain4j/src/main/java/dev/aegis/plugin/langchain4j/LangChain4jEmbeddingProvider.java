package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import java.util.List;

/** An {@link EmbeddingProvider} over a vendor's LangChain4j embedding models (Ollama, Gemini, Bedrock Titan). */
final class LangChain4jEmbeddingProvider implements EmbeddingProvider, AutoCloseable {

    private final EmbeddingModels models;
    private final String model;
    private final int dimensions;
    private final FailureMapper failures;
    private final AutoCloseable resources;

    LangChain4jEmbeddingProvider(EmbeddingModels models, String model, int dimensions, FailureMapper failures, AutoCloseable resources) {
        this.models = models;
        this.model = model;
        this.dimensions = dimensions;
        this.failures = failures;
        this.resources = resources;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        List<TextSegment> segments;
        try {
            segments = request.inputs().stream().map(TextSegment::from).toList();
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ProviderException.Failure.REJECTED, "inputs to embed must not be blank");
        }
        String name = models.describe(request.model());
        if (segments.isEmpty()) {
            return new EmbeddingResponse(name, List.of(), Usage.ZERO);
        }
        Response<List<Embedding>> response;
        try {
            response = models.forModel(request.model()).embedAll(segments);
        } catch (RuntimeException e) {
            throw failures.map(e);
        }
        List<float[]> vectors = response.content().stream().map(Embedding::vector).toList();
        if (vectors.size() != segments.size()) {
            throw new ProviderException(ProviderException.Failure.FAILED,
                    "the upstream returned " + vectors.size() + " vectors for " + segments.size() + " inputs");
        }
        if (name.equals(model) && vectors.stream().anyMatch(vector -> vector.length != dimensions)) {
            throw new ProviderException(ProviderException.Failure.FAILED, "model '" + model + "' returned vectors of "
                    + vectors.getFirst().length + " dimensions where " + dimensions + " are configured: fix 'dimensions'");
        }
        return new EmbeddingResponse(name, vectors, ResponseMapper.usage(response.tokenUsage()));
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }

    @Override
    public String toString() {
        return "LangChain4jEmbeddingProvider[" + model + ", " + dimensions + "]";
    }
}

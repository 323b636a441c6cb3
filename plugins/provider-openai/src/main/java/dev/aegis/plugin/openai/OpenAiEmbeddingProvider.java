package dev.aegis.plugin.openai;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.vector.EmbeddingProvider;

/** An OpenAI-compatible {@code /embeddings} API. Owns its connection pool until closed. */
final class OpenAiEmbeddingProvider implements EmbeddingProvider, AutoCloseable {

    private final UpstreamClient upstream;
    private final String model;
    private final int dimensions;
    private final EmbeddingBodyWriter bodies;

    OpenAiEmbeddingProvider(OpenAiConfig config, UpstreamClient upstream, int dimensions) {
        this.upstream = upstream;
        this.model = config.model().orElse("");
        this.dimensions = dimensions;
        this.bodies = new EmbeddingBodyWriter(config.model());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        byte[] body = bodies.write(request);
        String requested = request.model().isBlank() ? model : request.model();
        int inputs = request.inputs().size();
        return upstream.exchange("/embeddings", body, (in, status) -> EmbeddingResponseReader.read(in, status, requested, inputs));
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
    public void close() {
        upstream.close();
    }

    @Override
    public String toString() {
        return "OpenAiEmbeddingProvider[" + upstream + "]";
    }
}

package dev.aegis.plugin.openai;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.vector.EmbeddingProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An OpenAI-compatible {@code /embeddings} API. Owns its connection pool until closed. */
final class OpenAiEmbeddingProvider implements EmbeddingProvider, AutoCloseable {

    private final UpstreamClient upstream;
    private final String model;
    private final int dimensions;
    private final Optional<Integer> requestedDimensions;
    private final EmbeddingBodyWriter bodies;

    OpenAiEmbeddingProvider(OpenAiEmbeddingConfig config, UpstreamClient upstream) {
        this.upstream = upstream;
        this.model = config.model();
        this.dimensions = config.dimensions();
        this.requestedDimensions = config.requestedDimensions();
        this.bodies = new EmbeddingBodyWriter(Optional.of(model));
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        byte[] body = bodies.write(withConfiguredSize(request));
        String requested = request.model().isBlank() ? model : request.model();
        int inputs = request.inputs().size();
        return upstream.exchange("/embeddings", body, (in, status) -> EmbeddingResponseReader.read(in, status, requested, inputs));
    }

    // The configured size applies unless the caller asked for one.
    private EmbeddingRequest withConfiguredSize(EmbeddingRequest request) {
        if (requestedDimensions.isEmpty() || request.parameters().containsKey("dimensions")) {
            return request;
        }
        Map<String, String> parameters = new HashMap<>(request.parameters());
        parameters.put("dimensions", Integer.toString(requestedDimensions.get()));
        return new EmbeddingRequest(request.model(), request.inputs(), parameters);
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

package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.Usage;
import java.util.List;

/** One vector per input, in input order. Vectors must not be modified. */
@API(status = API.Status.STABLE)
public record EmbeddingResponse(String model, List<float[]> vectors, Usage usage) {

    public EmbeddingResponse {
        requireNonNull(model, "model");
        vectors = List.copyOf(vectors);
        requireNonNull(usage, "usage");
    }
}

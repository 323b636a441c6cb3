package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;

/**
 * @param parameters other request fields by wire name, as raw JSON text
 */
@API(status = API.Status.STABLE)
public record EmbeddingRequest(String model, List<String> inputs, Map<String, String> parameters) {

    public EmbeddingRequest {
        requireNonNull(model, "model");
        inputs = List.copyOf(inputs);
        parameters = Map.copyOf(parameters);
    }
}

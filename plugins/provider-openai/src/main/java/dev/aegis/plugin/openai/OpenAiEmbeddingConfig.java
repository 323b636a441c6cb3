package dev.aegis.plugin.openai;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the {@code openai} embedder: the connection settings of {@link OpenAiConfig} (same
 * keys, same defaults) and the model with the length of its vectors.
 *
 * @param model the embedding model; {@code text-embedding-3-small} by default
 * @param dimensions the length of the vectors: known for OpenAI's own models (1536 for
 *     {@code text-embedding-3-small} and {@code ada-002}, 3072 for {@code -3-large}) and required for
 *     any other. Below a known model's native size it is sent as the request's {@code dimensions}
 *     (the text-embedding-3 models shorten their vectors); for other models it is only declared
 */
public record OpenAiEmbeddingConfig(
        String baseUrl,
        Optional<Secret> apiKey,
        OpenAiConfig.AuthHeader authHeader,
        String model,
        @Positive @Max(65_536) Integer dimensions,
        Optional<String> organization,
        Map<String, String> headers,
        Map<String, String> query,
        Duration connectTimeout,
        Duration idleTimeout,
        @Positive @Max(65_536) Integer maxConnections,
        Duration poolIdleTimeout,
        Boolean systemProxy) {

    /** The vector lengths of OpenAI's embedding models at their native size. */
    static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of(
            "text-embedding-3-small", 1536,
            "text-embedding-3-large", 3072,
            "text-embedding-ada-002", 1536);

    public OpenAiEmbeddingConfig {
        model = model == null || model.isBlank() ? "text-embedding-3-small" : model.strip();
        Integer known = KNOWN_DIMENSIONS.get(model);
        if (dimensions == null && known == null) {
            throw new IllegalArgumentException("the vector length of model '" + model + "' is not known: set 'dimensions'");
        }
        if (dimensions != null && known != null && dimensions > known) {
            throw new IllegalArgumentException("model '" + model + "' gives at most " + known + " dimensions, not " + dimensions);
        }
        dimensions = dimensions == null ? known : dimensions;
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        organization = organization == null ? Optional.empty() : organization;
    }

    /** The connection settings, validated and defaulted exactly as a chat provider's. */
    OpenAiConfig connection() {
        return new OpenAiConfig(baseUrl, apiKey, authHeader, Optional.of(model), organization, headers, query, connectTimeout, idleTimeout,
                maxConnections, poolIdleTimeout, false, systemProxy);
    }

    /** The {@code dimensions} to ask the upstream for: only to shorten a known model's vectors. */
    Optional<Integer> requestedDimensions() {
        Integer known = KNOWN_DIMENSIONS.get(model);
        return known != null && dimensions < known ? Optional.of(dimensions) : Optional.empty();
    }
}

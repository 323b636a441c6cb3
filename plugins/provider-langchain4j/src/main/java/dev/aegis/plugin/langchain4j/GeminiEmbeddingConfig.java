package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the {@code gemini} embedder (the Google AI Gemini API).
 *
 * @param model the embedding model, {@code gemini-embedding-001} by default; a request may name another
 * @param apiKey a secret reference such as {@code {secret: "env:GEMINI_API_KEY"}}; required
 *     unless {@code base-url} points at a proxy that adds credentials itself
 * @param baseUrl replaces {@code https://generativelanguage.googleapis.com/v1beta}
 * @param timeout connect and read timeout
 * @param dimensions the length of the model's vectors: known for {@code gemini-embedding-001} (3072)
 *     and {@code text-embedding-004} (768), required for any other
 */
public record GeminiEmbeddingConfig(String model, Optional<Secret> apiKey, Optional<String> baseUrl, Duration timeout,
        @Positive @Max(65_536) Integer dimensions) {

    static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of("gemini-embedding-001", 3072, "text-embedding-004", 768);

    public GeminiEmbeddingConfig {
        model = model == null || model.isBlank() ? "gemini-embedding-001" : model.strip();
        apiKey = ConfigChecks.orEmpty(apiKey);
        baseUrl = ConfigChecks.baseUrl(baseUrl);
        timeout = ConfigChecks.timeout(timeout);
        dimensions = EmbeddingSizes.of(model, dimensions, KNOWN_DIMENSIONS);
        if (apiKey.isEmpty() && baseUrl.isEmpty()) {
            throw new IllegalArgumentException("api-key is required to call the Gemini API, e.g. api-key: {secret: \"env:GEMINI_API_KEY\"}");
        }
    }
}

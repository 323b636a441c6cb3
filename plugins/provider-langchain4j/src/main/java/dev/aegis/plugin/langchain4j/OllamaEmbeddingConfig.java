package dev.aegis.plugin.langchain4j;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the {@code ollama} embedder (Ollama's native {@code /api/embed}).
 *
 * @param model the embedding model, {@code nomic-embed-text} by default; a request may name another
 * @param baseUrl where Ollama listens
 * @param timeout connect and read timeout
 * @param dimensions the length of the model's vectors: known for {@code nomic-embed-text} (768),
 *     {@code mxbai-embed-large} (1024) and {@code all-minilm} (384), required for any other
 */
public record OllamaEmbeddingConfig(String model, String baseUrl, Duration timeout, @Positive @Max(65_536) Integer dimensions) {

    static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of("nomic-embed-text", 768, "mxbai-embed-large", 1024, "all-minilm", 384);

    public OllamaEmbeddingConfig {
        model = model == null || model.isBlank() ? "nomic-embed-text" : model.strip();
        baseUrl = ConfigChecks.baseUrl(Optional.of(baseUrl == null ? "http://localhost:11434" : baseUrl)).orElseThrow();
        timeout = ConfigChecks.timeout(timeout);
        dimensions = EmbeddingSizes.of(model, dimensions, KNOWN_DIMENSIONS);
    }
}

package dev.aegis.plugin.langchain4j;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code ollama} provider (Ollama's native {@code /api/chat}).
 *
 * @param model the model used when a request names none, e.g. {@code llama3.2}
 * @param baseUrl where Ollama listens
 * @param timeout connect and read timeout, and the longest wait for the next streamed line
 * @param maxTokens the answer's length limit ({@code num_predict}) when a request sets none
 * @param temperature the sampling temperature when a request sets none
 */
public record OllamaConfig(
        @NotBlank String model,
        String baseUrl,
        Duration timeout,
        Optional<@Positive Integer> maxTokens,
        Optional<@DecimalMin("0.0") @DecimalMax("2.0") Double> temperature) {

    private static final String DEFAULT_BASE_URL = "http://localhost:11434";

    public OllamaConfig {
        baseUrl = ConfigChecks.baseUrl(Optional.of(baseUrl == null ? DEFAULT_BASE_URL : baseUrl)).orElseThrow();
        timeout = ConfigChecks.timeout(timeout);
        maxTokens = ConfigChecks.orEmpty(maxTokens);
        temperature = ConfigChecks.orEmpty(temperature);
    }
}

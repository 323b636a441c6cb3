package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code gemini} provider (the Google AI Gemini API).
 *
 * @param model the model used when a request names none, e.g. {@code gemini-2.5-flash}
 * @param apiKey a secret reference such as {@code {secret: "env:GEMINI_API_KEY"}}; required
 *     unless {@code base-url} points at a proxy that adds credentials itself
 * @param baseUrl replaces {@code https://generativelanguage.googleapis.com/v1beta}
 * @param timeout connect and read timeout, and the longest wait for the next streamed event
 * @param maxTokens the answer's length limit when a request sets none
 * @param temperature the sampling temperature when a request sets none
 */
public record GeminiConfig(
        @NotBlank String model,
        Optional<Secret> apiKey,
        Optional<String> baseUrl,
        Duration timeout,
        Optional<@Positive Integer> maxTokens,
        Optional<@DecimalMin("0.0") @DecimalMax("2.0") Double> temperature) {

    public GeminiConfig {
        apiKey = ConfigChecks.orEmpty(apiKey);
        baseUrl = ConfigChecks.baseUrl(baseUrl);
        timeout = ConfigChecks.timeout(timeout);
        maxTokens = ConfigChecks.orEmpty(maxTokens);
        temperature = ConfigChecks.orEmpty(temperature);
        if (apiKey.isEmpty() && baseUrl.isEmpty()) {
            throw new IllegalArgumentException("api-key is required to call the Gemini API, e.g. api-key: {secret: \"env:GEMINI_API_KEY\"}");
        }
    }
}

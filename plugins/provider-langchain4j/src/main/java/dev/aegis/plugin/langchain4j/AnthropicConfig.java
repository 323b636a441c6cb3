package dev.aegis.plugin.langchain4j;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code anthropic} provider (the Messages API).
 *
 * @param model the model used when a request names none, e.g. {@code claude-sonnet-4-5}
 * @param apiKey a secret reference such as {@code {secret: "env:ANTHROPIC_API_KEY"}}; required
 *     unless {@code base-url} points at a proxy that adds credentials itself
 * @param baseUrl replaces {@code https://api.anthropic.com/v1}
 * @param timeout connect and read timeout, and the longest wait for the next streamed event
 * @param maxTokens the answer's length limit when a request sets none; Anthropic requires one
 * @param temperature the sampling temperature when a request sets none
 */
public record AnthropicConfig(
        @NotBlank String model,
        Optional<Secret> apiKey,
        Optional<String> baseUrl,
        Duration timeout,
        @Positive Integer maxTokens,
        Optional<@DecimalMin("0.0") @DecimalMax("1.0") Double> temperature) {

    public AnthropicConfig {
        apiKey = ConfigChecks.orEmpty(apiKey);
        baseUrl = ConfigChecks.baseUrl(baseUrl);
        timeout = ConfigChecks.timeout(timeout);
        maxTokens = maxTokens == null ? 1024 : maxTokens;
        temperature = ConfigChecks.orEmpty(temperature);
        if (apiKey.isEmpty() && baseUrl.isEmpty()) {
            throw new IllegalArgumentException("api-key is required to call api.anthropic.com, e.g. api-key: {secret: \"env:ANTHROPIC_API_KEY\"}");
        }
    }
}

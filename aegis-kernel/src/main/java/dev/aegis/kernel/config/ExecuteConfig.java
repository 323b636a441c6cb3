package dev.aegis.kernel.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * @param providers configured provider names, in fallback order; may be empty on a route that only embeds
 * @param embeddings configured embedder names ({@code embeddings:}) that serve the route's
 *     {@code /v1/embeddings} calls, in fallback order
 * @param retries extra attempts per provider on retryable failures before the first byte
 */
public record ExecuteConfig(List<String> providers, List<String> embeddings, @PositiveOrZero @Max(10) Integer retries) {

    public ExecuteConfig {
        providers = providers == null ? List.of() : List.copyOf(providers);
        embeddings = embeddings == null ? List.of() : List.copyOf(embeddings);
        retries = retries == null ? 0 : retries;
    }
}

package dev.aegis.kernel.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * @param providers configured provider names, in fallback order
 * @param retries extra attempts per provider on retryable failures before the first byte
 */
public record ExecuteConfig(@NotEmpty List<String> providers, @PositiveOrZero @Max(10) Integer retries) {

    public ExecuteConfig {
        providers = providers == null ? List.of() : List.copyOf(providers);
        retries = retries == null ? 0 : retries;
    }
}

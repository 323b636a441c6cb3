package dev.aegis.kernel.config;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * {@code when: {env: UPSTREAM_API_KEY}}: the entry exists only when that environment variable is set
 * and not empty, so one file can switch real backends on where their keys are present.
 */
public record Condition(@NotBlank String env) {

    public boolean holds(Map<String, String> environment) {
        String value = environment.get(env);
        return value != null && !value.isBlank();
    }
}

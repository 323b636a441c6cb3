package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.plan.OnError;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A named, reusable stage entry: a guardrail or pipeline node with its configuration.
 *
 * @param onError overrides the route's default when present
 */
public record NodeEntry(@NotBlank String type, Optional<JsonNode> config, Optional<OnError> onError) {

    public NodeEntry {
        config = Trees.present(config);
        onError = onError == null ? Optional.empty() : onError;
    }
}

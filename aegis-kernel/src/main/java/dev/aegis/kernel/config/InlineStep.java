package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.plan.OnError;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** A stage entry written in place: {@code {type: NAME, config: {…}, on-error: allow}}. */
public record InlineStep(@NotBlank String type, Optional<JsonNode> config, Optional<OnError> onError) {

    public InlineStep {
        config = Trees.present(config);
        onError = onError == null ? Optional.empty() : onError;
    }
}

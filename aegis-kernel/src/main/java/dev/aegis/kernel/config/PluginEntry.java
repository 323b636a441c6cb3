package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured plugin instance: its plugin name, its plugin-specific configuration (bound to the
 * plugin's own record later), and what the operator declares about it.
 *
 * @param labels e.g. a provider's {@code region: eu}; routers read them
 * @param tags e.g. a provider's compliance tags {@code [gdpr]}
 * @param when the entry exists only when this holds
 */
public record PluginEntry(@NotBlank String type, Optional<JsonNode> config, Map<String, String> labels, List<String> tags, Optional<Condition> when) {

    public PluginEntry {
        config = Trees.present(config);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        tags = tags == null ? List.of() : List.copyOf(tags);
        when = when == null ? Optional.empty() : when;
    }
}

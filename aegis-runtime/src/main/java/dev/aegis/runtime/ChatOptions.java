package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.ToolDefinition;
import java.util.List;
import java.util.Map;

/**
 * What a client asked for besides its messages; the execute stage copies it into every
 * {@link dev.aegis.api.model.ChatRequest} it sends.
 *
 * @param model the provider-side model name; empty lets each provider use its configured default
 * @param tools the tools the model may call
 * @param parameters every other request field by wire name, as raw JSON text
 */
public record ChatOptions(String model, List<ToolDefinition> tools, Map<String, String> parameters) {

    public static final ChatOptions DEFAULTS = new ChatOptions("", List.of(), Map.of());

    public ChatOptions {
        requireNonNull(model, "model");
        tools = List.copyOf(tools);
        parameters = Map.copyOf(parameters);
    }
}

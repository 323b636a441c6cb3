package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;

/**
 * What a client asked for besides its messages; the execute stage copies it into every
 * {@link ChatRequest} it sends. Held in {@link dev.aegis.api.state.RunState#CHAT_OPTIONS}, so
 * nodes can read it (e.g. {@code max_tokens} for a cost estimate) and a paused run resumes with it.
 *
 * @param model the provider-side model name; empty lets each provider use its configured default
 * @param tools the tools the model may call
 * @param parameters every other request field by wire name, as raw JSON text
 */
@API(status = API.Status.STABLE)
public record ChatOptions(String model, List<ToolDefinition> tools, Map<String, String> parameters) {

    public static final ChatOptions DEFAULTS = new ChatOptions("", List.of(), Map.of());

    public ChatOptions {
        requireNonNull(model, "model");
        tools = List.copyOf(tools);
        parameters = Map.copyOf(parameters);
    }

    public java.util.Optional<String> parameter(String wireName) {
        return java.util.Optional.ofNullable(parameters.get(wireName));
    }
}

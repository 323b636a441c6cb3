package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * A model's request to call a tool, as in the OpenAI chat format.
 *
 * @param arguments the arguments as JSON text, exactly as the model produced them
 */
@API(status = API.Status.STABLE)
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(arguments, "arguments");
    }

    public ToolCall withArguments(String newArguments) {
        return new ToolCall(id, name, newArguments);
    }
}

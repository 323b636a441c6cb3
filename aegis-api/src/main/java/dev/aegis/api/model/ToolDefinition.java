package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * A tool the model may call.
 *
 * @param parameters the JSON Schema of its arguments, as JSON text
 */
@API(status = API.Status.STABLE)
public record ToolDefinition(String name, String description, String parameters) {

    public ToolDefinition {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(parameters, "parameters");
    }
}

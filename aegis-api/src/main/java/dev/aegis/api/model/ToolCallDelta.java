package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Optional;

/**
 * A fragment of a streamed tool call; fragments with the same index belong to the same call.
 *
 * @param id present on the first fragment of a call
 * @param name present on the first fragment of a call
 * @param arguments the next piece of the JSON arguments text
 */
@API(status = API.Status.STABLE)
public record ToolCallDelta(int index, Optional<String> id, Optional<String> name, String arguments) {

    public ToolCallDelta {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(arguments, "arguments");
    }
}

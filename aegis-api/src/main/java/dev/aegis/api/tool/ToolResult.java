package dev.aegis.api.tool;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * What a tool returned, as the text the model will read.
 *
 * @param content the result; for a failed tool, what went wrong as the tool told it
 * @param failed true when the tool ran and reported an error
 */
@API(status = API.Status.EXPERIMENTAL)
public record ToolResult(String content, boolean failed) {

    public ToolResult {
        requireNonNull(content, "content");
    }

    public static ToolResult of(String content) {
        return new ToolResult(content, false);
    }

    public static ToolResult failed(String content) {
        return new ToolResult(content, true);
    }
}

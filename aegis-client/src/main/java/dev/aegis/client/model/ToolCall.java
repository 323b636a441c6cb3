package dev.aegis.client.model;

import java.util.Objects;

/** A function call a model asked for, in OpenAI's shape. */
public record ToolCall(String id, FunctionCall function) {

    /** The schema's constant {@code type}. */
    public static final String TYPE = "function";

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
    }

    /** The called function's name and its arguments as JSON text. */
    public record FunctionCall(String name, String arguments) {

        public FunctionCall {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }
}

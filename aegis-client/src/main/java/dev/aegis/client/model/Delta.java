package dev.aegis.client.model;

import java.util.Objects;
import java.util.Optional;

/** A fragment of a streamed run's released output: text, or a piece of a tool call. */
public sealed interface Delta extends RunStreamEvent {

    /** Released text, to append to what came before. */
    record Content(String content) implements Delta {

        public Content {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A piece of the tool call at {@code index}: its first piece carries the id and name, every piece
     * carries a piece of the arguments' JSON text.
     */
    record ToolCallFragment(int index, Optional<String> id, Optional<String> name, String arguments) implements Delta {

        public ToolCallFragment {
            id = Objects.requireNonNullElse(id, Optional.empty());
            name = Objects.requireNonNullElse(name, Optional.empty());
            Objects.requireNonNull(arguments, "arguments");
        }
    }
}

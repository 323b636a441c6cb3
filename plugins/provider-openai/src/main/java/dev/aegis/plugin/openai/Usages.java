package dev.aegis.plugin.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.state.Usage;
import java.util.Optional;

/** Reads OpenAI's {@code usage} object; cost stays zero, pricing is someone else's job. */
final class Usages {

    private Usages() {}

    /** Empty when the upstream sent no usage (or {@code "usage": null}, as stream chunks do). */
    static Optional<Usage> from(JsonNode usage) {
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(Usage.ofTokens(tokens(usage, "prompt_tokens"), tokens(usage, "completion_tokens")));
    }

    private static long tokens(JsonNode usage, String field) {
        return Math.max(0, usage.path(field).asLong(0));
    }
}

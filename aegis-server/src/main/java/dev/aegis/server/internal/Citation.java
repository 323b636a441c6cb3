package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where one passage the model was given came from: its collection, document, chunk and retrieval
 * score, never its text. A run that retrieved reports its citations (possibly none: nothing found,
 * or every passage withheld) in the native run document as {@code citations}, and in OpenAI-compatible
 * answers as the extension object {@code "aegis": {"citations": […]}} at the top level of the
 * completion (of the last chunk before {@code [DONE]} when streamed), which the official clients
 * keep as an extra field.
 */
record Citation(String collection, String document, int chunk, double score) {

    static final String FIELD = "citations";
    static final String EXTENSION = "aegis";

    /** The citations of the passages a run's model was given; empty when the run retrieved nothing at all. */
    static Optional<List<Citation>> of(RunState state) {
        return state.get(RunState.PASSAGES).map(passages -> passages.stream().map(Citation::of).toList());
    }

    private static Citation of(Passage passage) {
        return new Citation(passage.collection(), passage.document(), passage.chunk(), passage.score());
    }

    /** The citations a run document carries. */
    static Optional<List<Citation>> read(JsonNode run) {
        JsonNode array = run.get(FIELD);
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode node : array) {
            citations.add(new Citation(node.path("collection").asText(), node.path("document").asText(), node.path("chunk").asInt(),
                    node.path("score").asDouble()));
        }
        return Optional.of(List.copyOf(citations));
    }

    /** Writes the {@code citations} field. */
    static void write(JsonGenerator json, List<Citation> citations) throws IOException {
        json.writeArrayFieldStart(FIELD);
        for (Citation citation : citations) {
            json.writeStartObject();
            json.writeStringField("collection", citation.collection());
            json.writeStringField("document", citation.document());
            json.writeNumberField("chunk", citation.chunk());
            json.writeNumberField("score", citation.score());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes the {@code aegis} extension object of an OpenAI-compatible body, when there are citations to report. */
    static void writeExtension(JsonGenerator json, Optional<List<Citation>> citations) throws IOException {
        if (citations.isPresent()) {
            json.writeObjectFieldStart(EXTENSION);
            write(json, citations.get());
            json.writeEndObject();
        }
    }
}

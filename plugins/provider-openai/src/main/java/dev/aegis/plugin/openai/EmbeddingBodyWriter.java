package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.model.EmbeddingRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/** Writes the body of {@code POST /embeddings}. */
final class EmbeddingBodyWriter {

    private static final Set<String> OURS = Set.of("model", "input");

    private final Optional<String> defaultModel;

    EmbeddingBodyWriter(Optional<String> defaultModel) {
        this.defaultModel = defaultModel;
    }

    byte[] write(EmbeddingRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + request.inputs().stream().mapToInt(String::length).sum());
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            Optional<String> model = request.model().isBlank() ? defaultModel : Optional.of(request.model());
            if (model.isPresent()) {
                json.writeStringField("model", model.get());
            }
            json.writeArrayFieldStart("input");
            for (String input : request.inputs()) {
                json.writeString(input);
            }
            json.writeEndArray();
            RawParameters.write(json, request.parameters(), OURS);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request body", e);
        }
        return out.toByteArray();
    }
}

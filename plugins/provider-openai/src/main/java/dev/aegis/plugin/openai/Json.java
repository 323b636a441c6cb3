package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** The one JSON mapper all instances share: thread-safe, and costly to build per request. */
final class Json {

    // Never close the upstream's stream through a parser: closing Helidon's chunked stream reads on.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {}

    /** A text field, absent when missing or JSON {@code null}. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A field holding text or, as some servers send it, a JSON value: either way as JSON-text-or-text. */
    static String textOrJson(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}

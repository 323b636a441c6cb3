package dev.aegis.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Json;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Tool results: the JSON document the REST API would answer, as structured content and as text
 * (for clients that read only text). A refusal is an error result with the API's stable code.
 */
final class ToolResults {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private ToolResults() {}

    /** A document, shown as its JSON. */
    static McpSchema.CallToolResult of(byte[] document) {
        return of(new String(document, StandardCharsets.UTF_8), document);
    }

    /** A document, with a text of its own for the model to read. */
    static McpSchema.CallToolResult of(String text, byte[] document) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(text)
                .structuredContent(map(document))
                .isError(false)
                .build();
    }

    /** {@code {"error": {message, type, code, param}, "run_id"?}}: the API's error body, plus the run it concerns. */
    static McpSchema.CallToolResult error(ApiError error, Optional<String> runId) {
        byte[] document = Json.bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("message", error.getMessage());
            json.writeStringField("type", error.type());
            json.writeStringField("code", error.code());
            json.writeStringField("param", error.param().orElse(null));
            json.writeEndObject();
            if (runId.isPresent()) {
                json.writeStringField("run_id", runId.get());
            }
            json.writeEndObject();
        });
        return McpSchema.CallToolResult.builder()
                .addTextContent(new String(document, StandardCharsets.UTF_8))
                .structuredContent(map(document))
                .isError(true)
                .build();
    }

    private static Map<String, Object> map(byte[] document) {
        try {
            return Json.MAPPER.readValue(document, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.aegis.plugin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.tool.ToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What a model reads of an MCP tool result: text as it is, structured content as JSON, other
 * kinds (images, audio, binary resources) as a short note of what was there.
 */
final class ToolResults {

    private ToolResults() {}

    static ToolResult render(CallToolResult result, ObjectMapper json) {
        List<String> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (McpSchema.Content content : result.content() == null ? List.<McpSchema.Content>of() : result.content()) {
            if (content instanceof McpSchema.TextContent text) {
                texts.add(text.text() == null ? "" : text.text());
                parts.add(text.text() == null ? "" : text.text());
            } else {
                parts.add(describe(content));
            }
        }
        if (result.structuredContent() != null) {
            JsonNode structured = json.valueToTree(result.structuredContent());
            // servers are asked to repeat structured content as text; the model needs it only once
            if (texts.stream().noneMatch(text -> sameJson(text, structured, json))) {
                parts.add(structured.toString());
            }
        }
        String text = String.join("\n", parts);
        if (Boolean.TRUE.equals(result.isError())) {
            return ToolResult.failed(text.isBlank() ? "the tool reported an error and gave no details" : text);
        }
        return ToolResult.of(text);
    }

    private static String describe(McpSchema.Content content) {
        return switch (content) {
            case McpSchema.ImageContent image -> "[image: " + mimeType(image.mimeType()) + ", " + decodedBytes(image.data()) + " bytes]";
            case McpSchema.AudioContent audio -> "[audio: " + mimeType(audio.mimeType()) + ", " + decodedBytes(audio.data()) + " bytes]";
            case McpSchema.EmbeddedResource embedded -> describe(embedded.resource());
            case McpSchema.ResourceLink link -> "[resource link: " + link.uri() + (link.name() == null ? "" : " (" + link.name() + ")")
                    + (link.description() == null ? "" : " " + link.description()) + "]";
            default -> "[" + content.type() + " content]";
        };
    }

    private static String describe(McpSchema.ResourceContents resource) {
        if (resource instanceof McpSchema.TextResourceContents text) {
            return "[resource: " + text.uri() + "]\n" + (text.text() == null ? "" : text.text());
        }
        if (resource instanceof McpSchema.BlobResourceContents blob) {
            return "[resource: " + blob.uri() + ", " + mimeType(blob.mimeType()) + ", " + decodedBytes(blob.blob()) + " bytes]";
        }
        return "[resource: " + (resource == null ? "unknown" : resource.uri()) + "]";
    }

    private static String mimeType(String mimeType) {
        return mimeType == null || mimeType.isBlank() ? "unknown type" : mimeType;
    }

    // base64: four characters carry three bytes
    private static long decodedBytes(String base64) {
        if (base64 == null) {
            return 0;
        }
        String trimmed = base64.strip();
        long padding = trimmed.endsWith("==") ? 2 : trimmed.endsWith("=") ? 1 : 0;
        return Math.max(0, trimmed.length() / 4L * 3 - padding);
    }

    private static boolean sameJson(String text, JsonNode structured, ObjectMapper json) {
        try {
            return structured.equals(json.readTree(text));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}

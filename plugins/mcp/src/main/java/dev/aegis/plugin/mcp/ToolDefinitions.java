package dev.aegis.plugin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aegis.api.model.ToolDefinition;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/** MCP tool definitions as the model sees them. */
final class ToolDefinitions {

    // Keys sorted: the runtime pins a definition by its hash, which must not change when a server
    // merely reorders the keys of an unchanged schema.
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final Map<String, Object> NO_PARAMETERS = Map.of("type", "object", "properties", Map.of());

    private ToolDefinitions() {}

    static ToolDefinition of(String exposedName, McpSchema.Tool tool) {
        String description = tool.description() != null ? tool.description() : tool.title() != null ? tool.title() : "";
        Map<String, Object> schema = tool.inputSchema() == null || tool.inputSchema().isEmpty() ? NO_PARAMETERS : tool.inputSchema();
        return new ToolDefinition(exposedName, description, canonicalJson(schema));
    }

    private static String canonicalJson(Map<String, Object> schema) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.valueToTree(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tool's input schema cannot be written as JSON", e);
        }
    }
}

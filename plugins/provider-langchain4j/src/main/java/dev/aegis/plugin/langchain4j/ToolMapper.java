package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ToolDefinition;
import dev.langchain4j.agent.tool.ToolSpecification;

/** Our tool definitions (name, description, JSON Schema text) as LangChain4j tool specifications. */
final class ToolMapper {

    private ToolMapper() {}

    static ToolSpecification toLangChain4j(ToolDefinition tool) {
        String schema = tool.parameters().isBlank() ? "{}" : tool.parameters();
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description().isBlank() ? null : tool.description())
                .parameters(JsonSchemaMapper.objectSchema(Json.parse(schema, "the parameters of tool '" + tool.name() + "'")))
                .build();
    }
}

package dev.aegis.plugin.mcp;

import dev.aegis.api.PluginContext;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.node.PipelineNodeFactory;

/**
 * The {@code mcp} tool source: the tools of MCP servers, started as child processes (stdio) or
 * reached over streamable HTTP. The node is a {@link dev.aegis.api.tool.ToolSource}; the kernel
 * closes it at shutdown, which stops the child processes.
 */
public final class McpToolSourceFactory implements PipelineNodeFactory<McpConfig> {

    @Override
    public String name() {
        return "mcp";
    }

    @Override
    public Class<McpConfig> configType() {
        return McpConfig.class;
    }

    /** Starts every server and lists its tools; one that cannot start fails the load, by name. */
    @Override
    public PipelineNode create(McpConfig config, PluginContext context) {
        return new McpToolSource(config);
    }

    @Override
    public String description() {
        return "Tools from MCP servers (stdio child processes or streamable HTTP), for routes' tool sources.";
    }
}

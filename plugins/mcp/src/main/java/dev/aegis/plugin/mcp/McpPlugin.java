package dev.aegis.plugin.mcp;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.node.PipelineNodeFactory;
import java.util.List;

/** The plugin's entry point. */
public final class McpPlugin implements AegisPlugin {

    @Override
    public List<PipelineNodeFactory<?>> pipelineNodes() {
        return List.of(new McpToolSourceFactory());
    }
}

package dev.aegis.api.tool;

import dev.aegis.api.API;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.ToolCall;
import java.util.List;

/**
 * Tools the gateway calls itself, on the model's behalf: an MCP server, an in-process function.
 * A pipeline node listed under a route's {@code tools: sources:} implements it. The runtime offers
 * its tools to the model, passes every call through the route's tool-call guards, calls it here,
 * passes the result through the tool-result guards and gives it back to the model, until the model
 * answers. Such a node is never a step of the chain, so {@link #apply} does nothing by default.
 *
 * <p>Thread-safe; plain blocking code is fine. Everything a source returns is untrusted data: the
 * runtime pins each tool definition by its hash and scans every result.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface ToolSource extends PipelineNode {

    /**
     * The tools offered now, with names unique within the source. Asked when a run needs them; a
     * source may cache and refresh.
     *
     * @throws ToolException with {@link ToolException.Failure#UNAVAILABLE} when the tools cannot be listed
     */
    List<ToolDefinition> tools();

    /**
     * Calls one of {@link #tools()}. A tool that ran and failed returns {@link ToolResult#failed}; the
     * model sees that and may try again.
     *
     * @param state the run as it stands, read-only: the principal, the run id, the labels
     * @throws ToolException when the call could not be made at all (unknown tool, server gone, timeout)
     */
    ToolResult call(ToolCall call, RunState state);

    @Override
    default StateDelta apply(RunState state) {
        return StateDelta.empty();
    }
}

package dev.aegis.plugin.mcp;

import dev.aegis.api.tool.ToolException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Follows {@code tools/list} cursors to the end, and refuses a server that would never get there. */
final class ToolPages {

    static final int MAX_PAGES = 100;

    private ToolPages() {}

    /**
     * @param page lists one page, from the cursor given ({@code null} for the first)
     * @throws ToolException UNAVAILABLE when the server repeats a cursor or never stops paging
     */
    static List<McpSchema.Tool> all(String server, Function<String, McpSchema.ListToolsResult> page) {
        List<McpSchema.Tool> tools = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = McpSchema.FIRST_PAGE;
        for (int pages = 1; ; pages++) {
            McpSchema.ListToolsResult result = page.apply(cursor);
            if (result.tools() != null) {
                tools.addAll(result.tools());
            }
            String next = result.nextCursor();
            if (next == null || next.isEmpty()) {
                return List.copyOf(tools);
            }
            if (!cursors.add(next)) {
                throw new ToolException(ToolException.Failure.UNAVAILABLE, "MCP server '" + server + "' repeats a tools/list cursor: its tool list never ends");
            }
            if (pages == MAX_PAGES) {
                throw new ToolException(ToolException.Failure.UNAVAILABLE, "MCP server '" + server + "' lists more than " + MAX_PAGES + " pages of tools");
            }
            cursor = next;
        }
    }
}

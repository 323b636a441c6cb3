package dev.aegis.plugin.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.tool.ToolException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolPagesTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void followsCursorsToTheLastPage() {
        Map<String, McpSchema.ListToolsResult> pages = Map.of(
                "", new McpSchema.ListToolsResult(List.of(tool("a"), tool("b")), "page-2", null),
                "page-2", new McpSchema.ListToolsResult(List.of(tool("c")), "page-3", null),
                "page-3", new McpSchema.ListToolsResult(List.of(tool("d")), null, null));

        List<McpSchema.Tool> tools = ToolPages.all("s", cursor -> {
            asked.add(cursor == null ? "" : cursor);
            return pages.get(cursor == null ? "" : cursor);
        });

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("a", "b", "c", "d");
        assertThat(asked).containsExactly("", "page-2", "page-3");
    }

    @Test
    void aRepeatedCursorIsRefusedRatherThanFollowedForever() {
        assertThatThrownBy(() -> ToolPages.all("loopy", cursor -> new McpSchema.ListToolsResult(List.of(tool("a")), "again", null)))
                .isInstanceOfSatisfying(ToolException.class, e -> assertThat(e.failure()).isEqualTo(ToolException.Failure.UNAVAILABLE))
                .hasMessageContaining("MCP server 'loopy' repeats a tools/list cursor");
    }

    @Test
    void endlessPagesAreRefused() {
        int[] page = {0};

        assertThatThrownBy(() -> ToolPages.all("endless", cursor -> new McpSchema.ListToolsResult(List.of(tool("t" + page[0])), "page-" + ++page[0], null)))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("more than " + ToolPages.MAX_PAGES + " pages");
        assertThat(page[0]).isEqualTo(ToolPages.MAX_PAGES);
    }

    private static McpSchema.Tool tool(String name) {
        return McpSchema.Tool.builder(name, Map.of("type", "object")).build();
    }
}

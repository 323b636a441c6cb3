package dev.aegis.plugin.mcp;

import dev.aegis.api.model.ToolDefinition;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tools of several servers by the name the model sees. A name two servers offer belongs to
 * neither: calling the wrong server's tool is worse than calling none.
 */
final class ToolIndex {

    record Entry(ServerConnection server, McpSchema.Tool tool) {}

    private final Map<String, Entry> unique;
    private final Map<String, String> duplicates;

    private ToolIndex(Map<String, Entry> unique, Map<String, String> duplicates) {
        this.unique = unique;
        this.duplicates = duplicates;
    }

    static ToolIndex of(Collection<ServerConnection> servers, Function<ServerConnection, List<McpSchema.Tool>> tools, boolean prefix) {
        Map<String, Entry> unique = new LinkedHashMap<>();
        Map<String, String> duplicates = new LinkedHashMap<>();
        for (ServerConnection server : servers) {
            for (McpSchema.Tool tool : tools.apply(server)) {
                String name = prefix ? server.name() + "_" + tool.name() : tool.name();
                Entry first = unique.get(name);
                if (duplicates.containsKey(name)) {
                    continue;
                }
                if (first != null) {
                    unique.remove(name);
                    duplicates.put(name, first.server() == server
                            ? "MCP server '" + server.name() + "' offers two tools named '" + name + "'"
                            : "the tool '" + name + "' is offered by both MCP servers '" + first.server().name() + "' and '" + server.name() + "'");
                } else {
                    unique.put(name, new Entry(server, tool));
                }
            }
        }
        return new ToolIndex(unique, duplicates);
    }

    Optional<Entry> find(String name) {
        return Optional.ofNullable(unique.get(name));
    }

    /** Why a name offered more than once is not offered at all. */
    Optional<String> duplicate(String name) {
        return Optional.ofNullable(duplicates.get(name));
    }

    List<String> duplicates() {
        return List.copyOf(duplicates.values());
    }

    List<ToolDefinition> definitions() {
        List<ToolDefinition> definitions = new ArrayList<>();
        unique.forEach((name, entry) -> definitions.add(ToolDefinitions.of(name, entry.tool())));
        return List.copyOf(definitions);
    }
}

package dev.aegis.plugin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolException.Failure;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.api.tool.ToolSource;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The tools of one or more MCP servers as one {@link ToolSource}. Servers start with the source, so
 * a server that cannot start, or two servers offering the same tool name, stop the gateway at load
 * rather than surprise a run. A server that goes away later is started again on the next use; its
 * tools are left out of {@link #tools()} while it is down.
 */
final class McpToolSource implements ToolSource, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(McpToolSource.class.getName());

    private final List<ServerConnection> servers = new ArrayList<>();
    private final boolean prefix;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Thread killOnExit;

    McpToolSource(McpConfig config) {
        this(config, System::nanoTime);
    }

    /** @param ticker nanoseconds, for the refresh interval and the restart backoff */
    McpToolSource(McpConfig config, LongSupplier ticker) {
        this.prefix = config.prefix();
        JacksonMcpJsonMapper mcpJson = new JacksonMcpJsonMapper(new ObjectMapper());
        DefaultJsonSchemaValidator validator = new DefaultJsonSchemaValidator(new ObjectMapper());
        config.servers().forEach((name, server) -> servers.add(new ServerConnection(name, server, config, mcpJson, validator, json, ticker)));
        this.killOnExit = Thread.ofPlatform().unstarted(() -> servers.forEach(ServerConnection::kill));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            startAll();
            ToolIndex index = ToolIndex.of(servers, ServerConnection::lastListed, prefix);
            index.duplicates().stream().findFirst().ifPresent(duplicate -> {
                throw new IllegalArgumentException(duplicate + ": set prefix: true to expose each server's tools as <server>_<tool>");
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    // In parallel: a gateway with several servers should not start them one after the other.
    private void startAll() {
        List<String> failures = new ArrayList<>();
        try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> started = servers.stream().<Future<?>>map(server -> starting.submit(server::tools)).toList();
            for (Future<?> result : started) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ToolException(Failure.UNAVAILABLE, "interrupted while starting MCP servers");
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new ToolException(Failure.UNAVAILABLE, String.join("; ", failures));
        }
    }

    @Override
    public List<ToolDefinition> tools() {
        Map<ServerConnection, List<McpSchema.Tool>> listed = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        for (ServerConnection server : servers) {
            try {
                listed.put(server, server.tools());
            } catch (ToolException e) {
                unavailable.add(e.getMessage());
                LOG.warning(() -> "MCP tools left out: " + e.getMessage());
            }
        }
        if (listed.isEmpty()) {
            throw new ToolException(Failure.UNAVAILABLE, String.join("; ", unavailable));
        }
        ToolIndex index = ToolIndex.of(listed.keySet(), listed::get, prefix);
        index.duplicates().forEach(duplicate -> LOG.warning(() -> duplicate + "; neither is offered until that changes"));
        return index.definitions();
    }

    @Override
    public ToolResult call(ToolCall call, RunState state) {
        ToolIndex index = ToolIndex.of(servers, ServerConnection::lastListed, prefix);
        ToolIndex.Entry entry = index.find(call.name()).orElseThrow(() -> new ToolException(Failure.UNKNOWN_TOOL,
                index.duplicate(call.name()).orElse("no MCP server of this source offers a tool '" + call.name() + "'")));
        return entry.server().call(entry.tool().name(), arguments(call));
    }

    private Map<String, Object> arguments(ToolCall call) {
        if (call.arguments().isBlank()) {
            return Map.of();
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(call.arguments());
        } catch (JsonProcessingException e) {
            throw new ToolException(Failure.FAILED, "the arguments of '" + call.name() + "' are not valid JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            throw new ToolException(Failure.FAILED, "the arguments of '" + call.name() + "' must be a JSON object");
        }
        return json.convertValue(parsed, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    @Override
    public void close() {
        servers.forEach(ServerConnection::close);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or about to
        }
    }

    @Override
    public String toString() {
        return "mcp" + servers.stream().map(ServerConnection::name).toList();
    }
}

package dev.aegis.plugin.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolException.Failure;
import dev.aegis.api.tool.ToolResult;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * One configured MCP server: starts it, keeps its tool list current, calls its tools, and starts it
 * again after it went away, backing off while it keeps failing.
 */
final class ServerConnection implements AutoCloseable {

    private static final McpSchema.Implementation CLIENT = new McpSchema.Implementation("aegis", "Aegis gateway", "0.1");
    private static final Duration STABLE_AFTER = Duration.ofMinutes(1);

    private final String name;
    private final McpConfig.Server server;
    private final McpConfig config;
    private final McpJsonMapper json;
    private final JsonSchemaValidator validator;
    private final ObjectMapper objects;
    private final LongSupplier ticker;
    private final Requests requests;
    private final Backoff backoff = new Backoff();
    private final ReentrantLock starting = new ReentrantLock();
    private final ReentrantLock listing = new ReentrantLock();
    private volatile Session session;
    private volatile Listing listed;
    private volatile boolean closed;

    /** Tools as one session listed them, and when. */
    private record Listing(List<McpSchema.Tool> tools, Session from, long at) {}

    ServerConnection(String name, McpConfig.Server server, McpConfig config, McpJsonMapper json, JsonSchemaValidator validator,
            ObjectMapper objects, LongSupplier ticker) {
        this.name = name;
        this.server = server;
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.objects = objects;
        this.ticker = ticker;
        this.requests = new Requests(name);
    }

    String name() {
        return name;
    }

    /** The tools the server offers now, listed again when the listing is older than the refresh interval. */
    List<McpSchema.Tool> tools() {
        Session current = session();
        Listing last = listed;
        if (fresh(last, current)) {
            return last.tools();
        }
        listing.lock();
        try {
            last = listed;
            if (fresh(last, current)) {
                return last.tools();
            }
            List<McpSchema.Tool> tools = ToolPages.all(name,
                    cursor -> requests.await(current, current.client().listTools(cursor), config.startTimeout(), "listing its tools"));
            listed = new Listing(tools, current, ticker.getAsLong());
            return tools;
        } catch (McpError e) {
            throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' refused to list its tools: " + Requests.message(e));
        } finally {
            listing.unlock();
        }
    }

    /** The last tools listed, without reaching the server; empty before the first listing. */
    List<McpSchema.Tool> lastListed() {
        Listing last = listed;
        return last == null ? List.of() : last.tools();
    }

    ToolResult call(String tool, Map<String, Object> arguments) {
        Session current = session();
        try {
            McpSchema.CallToolResult result = requests.await(current, current.client().callTool(new McpSchema.CallToolRequest(tool, arguments)),
                    config.callTimeout(), "calling '" + tool + "'");
            succeeded();
            return ToolResults.render(result, objects);
        } catch (McpError e) {
            succeeded();
            McpSchema.JSONRPCResponse.JSONRPCError error = e.getJsonRpcError();
            if (error != null && error.code() == McpSchema.ErrorCodes.INVALID_PARAMS) {
                // the model can correct its arguments and try again
                return ToolResult.failed("the server rejected the call: " + Requests.message(e));
            }
            throw new ToolException(Failure.FAILED, "MCP server '" + name + "' refused calling '" + tool + "': " + Requests.message(e));
        }
    }

    /** The live session, started (again) if need be, unless the backoff holds it back. */
    Session session() {
        Session current = session;
        if (current != null && !current.isGone()) {
            return current;
        }
        starting.lock();
        try {
            if (closed) {
                throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' is closed");
            }
            current = session;
            if (current != null && !current.isGone()) {
                return current;
            }
            long now = ticker.getAsLong();
            if (current != null) {
                if (now - current.startedAt() >= STABLE_AFTER.toNanos()) {
                    backoff.reset();
                }
                backoff.failed("it went away: " + current.goneReason(), now);
                current.close();
                session = null;
            }
            Optional<String> held = backoff.holdsBack(now);
            if (held.isPresent()) {
                throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' is unavailable: " + held.get());
            }
            try {
                session = start();
                return session;
            } catch (ToolException e) {
                backoff.failed(e.getMessage(), ticker.getAsLong());
                throw e;
            }
        } finally {
            starting.unlock();
        }
    }

    private Session start() {
        Transports.Opened opened = Transports.open(name, server, config.startTimeout(), json);
        AtomicReference<Session> started = new AtomicReference<>();
        McpAsyncClient client = McpClient.async(opened.transport())
                .clientInfo(CLIENT)
                // our own timeouts come first; this one only bounds what the SDK keeps waiting
                .requestTimeout(config.callTimeout().plus(config.startTimeout()))
                .initializationTimeout(config.startTimeout())
                .jsonSchemaValidator(validator)
                .toolsChangeConsumer(tools -> Mono.fromRunnable(() -> listChanged(started.get(), tools)))
                .build();
        Session created = new Session(client, opened.child(), ticker.getAsLong());
        started.set(created);
        if (opened.child() != null) {
            opened.child().exited().whenComplete((code, error) -> created.markGone(
                    error != null ? error.getMessage() : "it exited with code " + code + opened.child().standardError().map(tail -> ", saying: " + tail).orElse("")));
        }
        try {
            McpSchema.InitializeResult initialized = requests.await(created, client.initialize(), config.startTimeout(), "starting");
            if (initialized.capabilities() == null || initialized.capabilities().tools() == null) {
                throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' offers no tools");
            }
            return created;
        } catch (ToolException e) {
            created.close();
            throw new ToolException(e.failure() == Failure.TIMEOUT ? Failure.UNAVAILABLE : e.failure(), e.getMessage(), e);
        } catch (McpError e) {
            created.close();
            throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' refused to start: " + Requests.message(e));
        } catch (RuntimeException e) {
            created.close();
            throw new ToolException(Failure.UNAVAILABLE, "MCP server '" + name + "' could not start: " + Requests.describe(e), e);
        }
    }

    private void listChanged(Session from, List<McpSchema.Tool> tools) {
        if (from != null && from == session && tools != null) {
            listed = new Listing(List.copyOf(tools), from, ticker.getAsLong());
        }
    }

    private boolean fresh(Listing last, Session current) {
        return last != null && last.from() == current && ticker.getAsLong() - last.at() < config.refreshInterval().toNanos();
    }

    private void succeeded() {
        if (backoff.failures() > 0) {
            starting.lock();
            try {
                backoff.reset();
            } finally {
                starting.unlock();
            }
        }
    }

    /** Stops the child at once, for a JVM that is shutting down without closing the source. */
    void kill() {
        Session current = session;
        if (current != null) {
            current.kill();
        }
    }

    @Override
    public void close() {
        starting.lock();
        try {
            closed = true;
            Session current = session;
            session = null;
            if (current != null) {
                current.close();
            }
        } finally {
            starting.unlock();
        }
    }
}

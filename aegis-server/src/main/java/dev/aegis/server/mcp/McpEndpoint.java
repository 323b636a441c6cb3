package dev.aegis.server.mcp;

import dev.aegis.runtime.store.Database;
import io.helidon.webserver.http.HttpRules;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Aegis as an MCP server over streamable HTTP at {@value #PATH}, on the gateway's own port and
 * behind the same authentication as the REST API. Its sessions are kept in the state store, so
 * gateways sharing one serve each other's sessions.
 */
public final class McpEndpoint implements AutoCloseable {

    public static final String PATH = "/mcp";

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration IDLE_SESSION = Duration.ofHours(1);
    private static final Duration SWEEP = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(McpEndpoint.class.getName());

    private final HelidonStreamableTransport transport;
    private final McpSyncServer server;
    private final ExecutorService executor;
    private final Scheduler scheduler;
    private final java.util.Set<String> allowedOrigins;
    private final ScheduledExecutorService sweeper;

    private McpEndpoint(HelidonStreamableTransport transport, McpSyncServer server, ExecutorService executor, Scheduler scheduler,
            java.util.Set<String> allowedOrigins, ScheduledExecutorService sweeper) {
        this.transport = transport;
        this.server = server;
        this.executor = executor;
        this.scheduler = scheduler;
        this.allowedOrigins = allowedOrigins;
        this.sweeper = sweeper;
    }

    /**
     * @param state the state store, where sessions are recorded
     * @param maxBodyBytes larger messages are refused with 413 before they are parsed
     * @param allowedOrigins browser origins that may call; a request with any other {@code Origin} gets 403
     */
    public static McpEndpoint create(GatewayTools tools, Database state, long maxBodyBytes, java.util.List<String> allowedOrigins) {
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("aegis-mcp-", 0).factory());
        Scheduler scheduler = Schedulers.fromExecutorService(executor, "aegis-mcp");
        McpSessions sessions = new McpSessions(SessionRecords.open(state), Clock.systemUTC(), IDLE_SESSION);
        HelidonStreamableTransport transport = new HelidonStreamableTransport(McpServers.MAPPER, sessions, maxBodyBytes, HEARTBEAT, scheduler);
        McpSyncServer server = McpServers.build(McpServer.sync(transport), tools, Callers.fromTransport());
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("aegis-mcp-sweep").factory());
        sweeper.scheduleWithFixedDelay(() -> sweep(sessions), SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        return new McpEndpoint(transport, server, executor, scheduler, java.util.Set.copyOf(allowedOrigins), sweeper);
    }

    private static void sweep(McpSessions sessions) {
        try {
            sessions.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sweeping idle MCP sessions failed; the next sweep tries again: " + e.getClass().getName());
        }
    }

    public void register(HttpRules rules) {
        rules.post(PATH, fromAllowedOrigin(transport::post))
                .get(PATH, fromAllowedOrigin(transport::get))
                .delete(PATH, fromAllowedOrigin(transport::delete));
    }

    // The transport's Origin check (DNS rebinding): browsers always send one; other clients none.
    private io.helidon.webserver.http.Handler fromAllowedOrigin(io.helidon.webserver.http.Handler handler) {
        return (request, response) -> {
            java.util.Optional<String> origin = request.headers().first(io.helidon.http.HeaderNames.ORIGIN);
            if (origin.isPresent() && !allowedOrigins.contains(origin.get())) {
                JsonRpcErrors.send(response, 403, JsonRpcErrors.ORIGIN_NOT_ALLOWED,
                        "Forbidden: this origin may not call the MCP endpoint (server.mcp-allowed-origins)");
                return;
            }
            handler.handle(request, response);
        };
    }

    /** Ends every session and its open streams, so no handler is left waiting when the web server stops. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        server.closeGracefully();
        scheduler.dispose();
        executor.shutdownNow();
    }
}

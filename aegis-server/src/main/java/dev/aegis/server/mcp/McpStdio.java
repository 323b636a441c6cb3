package dev.aegis.server.mcp;

import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.durable.DurableOptions;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.StoreConfig;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ApprovalsConfig;
import dev.aegis.server.AuditConfig;
import dev.aegis.server.ServerConfig;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.Auditor;
import dev.aegis.server.internal.Gateway;
import dev.aegis.server.internal.RunDocuments;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.internal.RunStore;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Aegis as an MCP server over stdio, for one local client: the same routes, recording and audit
 * as the HTTP gateway, without its web server. There are no headers: the caller is the principal an
 * API key resolves to, through the configured authenticators, once at start.
 */
public final class McpStdio implements AutoCloseable {

    private final Assembly assembly;
    private final DurableStore store;
    private final Optional<AuditLog> audit;
    private final GatewayTools tools;
    private final AuthFilter authenticators;

    private McpStdio(Assembly assembly, DurableStore store, Optional<AuditLog> audit, GatewayTools tools, AuthFilter authenticators) {
        this.assembly = assembly;
        this.store = store;
        this.audit = audit;
        this.tools = tools;
        this.authenticators = authenticators;
    }

    /**
     * Compiles every route, as {@link AegisServer#start} does.
     *
     * @throws ConfigException when no authenticator is configured
     */
    public static McpStdio open(Kernel kernel) {
        Assembly assembly = kernel.assembly();
        if (assembly.authenticators().isEmpty()) {
            throw ConfigException.of("auth", "configure at least one authenticator: the MCP server needs one to resolve AEGIS_API_KEY");
        }
        ApprovalsConfig approvalsConfig = assembly.sectionOr(AegisServer.APPROVALS, ApprovalsConfig.class, ApprovalsConfig.DEFAULTS);
        ServerConfig serverConfig = assembly.sectionOr(AegisServer.SECTION, ServerConfig.class, ServerConfig.defaults());
        DurableStore store = DurableStore.open(assembly.sectionOr(AegisServer.STATE, StoreConfig.class, StoreConfig.DEFAULTS), assembly.dataDirectory(),
                Clock.systemUTC(), DurableOptions.defaults().withExpireAfter(approvalsConfig.expireAfter()));
        RouteCompiler compiler = new RouteCompiler().withDurability(store);
        Map<String, CompiledRoute> routes = new LinkedHashMap<>();
        for (RoutePlan plan : assembly.routes().values()) {
            routes.put(plan.name(), compiler.compile(plan, assembly.hooks()));
        }
        Gateway gateway = new Gateway(routes, assembly.authenticators());
        Optional<AuditLog> audit = assembly.sectionOr(AegisServer.AUDIT, AuditConfig.class, AuditConfig.DEFAULTS).enabled()
                ? Optional.of(AuditLog.open(store.database())) : Optional.empty();
        RunRecorder runs = new RunRecorder(new RunStore(serverConfig.keptRuns()), new Auditor(audit), Optional.of(new RunDocuments(store.database())));
        assembly.hooks().startup(List.copyOf(routes.keySet()));
        return new McpStdio(assembly, store, audit, new GatewayTools(gateway, runs, store.approvals(), approvalsConfig.role()),
                new AuthFilter(gateway.authenticators()));
    }

    /** The principal an API key stands for, asked of the authenticators as if it came as {@code Authorization: Bearer}. */
    public Optional<Principal> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return authenticators.authenticate(new Credentials(Map.of("authorization", List.of("Bearer " + apiKey.strip()))));
    }

    /**
     * Answers JSON-RPC on {@code in}/{@code out} for this principal until {@code in} ends. Nothing
     * else may be written to {@code out}: logs belong on stderr.
     */
    public void serve(Principal principal, InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        InputStream watched = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return ended(super.read(buffer, offset, length));
            }

            private int ended(int read) {
                if (read < 0) {
                    ended.countDown();
                }
                return read;
            }
        };
        StdioServerTransportProvider transport = new StdioServerTransportProvider(McpServers.MAPPER, watched, out);
        McpSyncServer server = McpServers.build(McpServer.sync(transport), tools, Callers.fixed(principal));
        try {
            ended.await();
        } finally {
            server.closeGracefully();
        }
    }

    @Override
    public void close() {
        audit.ifPresent(AuditLog::close);
        store.close();
    }
}

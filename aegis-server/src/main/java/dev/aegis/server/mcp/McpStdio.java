package dev.aegis.server.mcp;

import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.AegisServer;
import dev.aegis.server.GatewayAssembly;
import dev.aegis.server.ServerConfig;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.Gateway;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/**
 * Aegis as an MCP server over stdio, for one local client: the same routes, recording and audit
 * as the HTTP gateway, without its web server. There are no headers: the caller is the principal an
 * API key resolves to, through the configured authenticators, once at start.
 */
public final class McpStdio implements AutoCloseable {

    private final GatewayAssembly built;
    private final GatewayTools tools;
    private final AuthFilter authenticators;

    private McpStdio(GatewayAssembly built, GatewayTools tools, AuthFilter authenticators) {
        this.built = built;
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
        GatewayAssembly built = GatewayAssembly.build(assembly,
                assembly.sectionOr(AegisServer.SECTION, ServerConfig.class, ServerConfig.defaults()), UnaryOperator.identity());
        built.started();
        Gateway gateway = built.gateway();
        return new McpStdio(built, new GatewayTools(gateway, built.recorder(), built.store().approvals(), built.approvals().role()),
                new AuthFilter(gateway));
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
        built.close();
    }
}

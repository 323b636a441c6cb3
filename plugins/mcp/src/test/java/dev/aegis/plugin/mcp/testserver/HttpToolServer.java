package dev.aegis.plugin.mcp.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import reactor.core.publisher.Mono;

/**
 * The test tools over streamable HTTP, in this JVM, without servlets: the SDK's stateless server
 * behind the JDK's own HTTP server. Stateless means one JSON answer per POST, no sessions and no
 * server-sent notifications, which is all a client's calls need. It records the
 * {@code Authorization} header of every request.
 */
public final class HttpToolServer implements AutoCloseable {

    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    private final HttpServer http;
    private final McpStatelessSyncServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile McpStatelessServerHandler handler;

    private HttpToolServer(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/mcp", this::handle);
        server = McpServer.sync(new Transport())
                .serverInfo("aegis-test-tools-http", "1.0")
                .jsonMapper(json)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(new ObjectMapper()))
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(TestTools.all(json, TestTools.DEFAULT_WEATHER_DESCRIPTION).stream().map(HttpToolServer::specification).toList())
                .build();
        http.start();
    }

    /** On a free port of the loopback interface. */
    public static HttpToolServer start() {
        return start(0);
    }

    public static HttpToolServer start(int port) {
        try {
            return new HttpToolServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/mcp";
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The {@code Authorization} header of each request so far, in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private static McpStatelessServerFeatures.SyncToolSpecification specification(TestTools.TestTool tool) {
        return McpStatelessServerFeatures.SyncToolSpecification.builder().tool(tool.tool()).callHandler((context, request) -> tool.handler().apply(request)).build();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            McpSchema.JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(json, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (message instanceof McpSchema.JSONRPCRequest request) {
                McpSchema.JSONRPCResponse response = handler.handleRequest(McpTransportContext.EMPTY, request).block();
                byte[] body = json.writeValueAsString(response).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                if (message instanceof McpSchema.JSONRPCNotification notification) {
                    handler.handleNotification(McpTransportContext.EMPTY, notification).block();
                }
                exchange.sendResponseHeaders(202, -1);
            }
        }
    }

    /** Closing the SDK server closes its transport: the HTTP server. */
    @Override
    public void close() {
        server.close();
    }

    private final class Transport implements McpStatelessServerTransport {

        @Override
        public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
            handler = mcpHandler;
        }

        @Override
        public void close() {
            http.stop(0);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.fromRunnable(this::close);
        }
    }
}

package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * MCP's streamable HTTP spoken by hand, as a client does: {@code initialize}, then messages that
 * carry the session id, to whichever gateway the test points them at.
 */
final class McpHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOTH = "application/json, text/event-stream";
    static final String INITIALIZE = """
            {"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "two-gateways", "version": "1"}}}""";
    static final String INITIALIZED = """
            {"jsonrpc": "2.0", "method": "notifications/initialized"}""";
    static final String LIST_TOOLS = """
            {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}""";

    private McpHttp() {}

    /** Opens a session on {@code gateway} and answers its id. */
    static String initialize(GatewayProcess gateway, String key) throws IOException, InterruptedException {
        HttpResponse<String> response = gateway.send("POST", "/mcp", key, INITIALIZE, Map.of("Accept", BOTH));
        if (response.statusCode() != 200) {
            throw new AssertionError("initialize answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("mcp-session-id").orElseThrow();
    }

    static HttpResponse<String> post(GatewayProcess gateway, String key, String session, String message) throws IOException, InterruptedException {
        return gateway.send("POST", "/mcp", key, message, Map.of("Accept", BOTH, "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18"));
    }

    static HttpResponse<String> delete(GatewayProcess gateway, String key, String session) throws IOException, InterruptedException {
        return gateway.send("DELETE", "/mcp", key, null, Map.of("Mcp-Session-Id", session));
    }

    static String callTool(int id, String tool, Map<String, Object> arguments) throws IOException {
        return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", id, "method", "tools/call", "params", Map.of("name", tool, "arguments", arguments)));
    }

    /** The JSON-RPC answer in a request's event stream. */
    static JsonNode answer(HttpResponse<String> response) throws IOException {
        String data = response.body().lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).findFirst()
                .orElseThrow(() -> new AssertionError("no message event in " + response.statusCode() + ": " + response.body()));
        return JSON.readTree(data);
    }
}

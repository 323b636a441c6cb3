package dev.aegis.server.mcp;

import dev.aegis.server.internal.Json;
import dev.aegis.server.internal.Responses;
import io.modelcontextprotocol.spec.McpSchema;
import io.helidon.webserver.http.ServerResponse;

/**
 * Transport-level errors, written by hand: the SDK refuses a JSON-RPC error without an id, and its
 * serialized exceptions carry stack traces. Messages name the problem, never the request's content.
 */
final class JsonRpcErrors {

    /** The MCP SDKs' code for a session the server does not know. */
    static final int SESSION_NOT_FOUND = -32001;
    /** A browser origin not listed in {@code server.mcp-allowed-origins}. */
    static final int ORIGIN_NOT_ALLOWED = -32003;

    private JsonRpcErrors() {}

    static void send(ServerResponse response, int status, int code, String message) {
        send(response, status, null, code, message);
    }

    static void send(ServerResponse response, int status, Object id, int code, String message) {
        Responses.json(response, status, Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("jsonrpc", McpSchema.JSONRPC_VERSION);
            if (id instanceof Number number) {
                json.writeNumberField("id", number.longValue());
            } else if (id != null) {
                json.writeStringField("id", id.toString());
            } else {
                json.writeNullField("id");
            }
            json.writeObjectFieldStart("error");
            json.writeNumberField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        }));
    }

    static void badRequest(ServerResponse response, String message) {
        send(response, 400, McpSchema.ErrorCodes.INVALID_REQUEST, message);
    }
}

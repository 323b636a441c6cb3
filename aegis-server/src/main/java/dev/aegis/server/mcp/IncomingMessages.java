package dev.aegis.server.mcp;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the JSON-RPC message of a POST, after the checks the transport demands: Accept listing both
 * JSON and event streams (400), a JSON body (415), within the size limit (413, before parsing).
 */
final class IncomingMessages {

    private final McpJsonMapper mapper;
    private final long maxBodyBytes;

    IncomingMessages(McpJsonMapper mapper, long maxBodyBytes) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The message, or empty when the request was refused (the answer is then already sent). */
    Optional<McpSchema.JSONRPCMessage> read(ServerRequest request, ServerResponse response) {
        ServerRequestHeaders headers = request.headers();
        // media types parsed, not compared as strings: "application/json; charset=utf-8" arrives too
        if (!headers.contains(HeaderNames.ACCEPT) || !headers.isAccepted(MediaTypes.APPLICATION_JSON) || !headers.isAccepted(MediaTypes.TEXT_EVENT_STREAM)) {
            JsonRpcErrors.badRequest(response, "Accept must list both application/json and text/event-stream.");
            return Optional.empty();
        }
        if (headers.contentType().filter(type -> type.test(MediaTypes.APPLICATION_JSON)).isEmpty()) {
            JsonRpcErrors.send(response, 415, McpSchema.ErrorCodes.INVALID_REQUEST, "Send the JSON-RPC message as application/json.");
            return Optional.empty();
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            JsonRpcErrors.send(response, 413, McpSchema.ErrorCodes.INVALID_REQUEST, "The message is larger than the " + maxBodyBytes + " bytes this gateway accepts.");
            return Optional.empty();
        }
        try {
            return Optional.of(McpSchema.deserializeJsonRpcMessage(mapper, new String(body.get(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            // no parser message: it would quote the body
            JsonRpcErrors.send(response, 400, McpSchema.ErrorCodes.PARSE_ERROR, "The body is not a JSON-RPC message.");
            return Optional.empty();
        }
    }

    /** The body, or empty when it is larger than the limit (a declared length is refused without reading). */
    private Optional<byte[]> body(ServerRequest request) {
        if (request.headers().contentLength().orElse(-1) > maxBodyBytes) {
            return Optional.empty();
        }
        if (!request.content().hasEntity()) {
            return Optional.of(new byte[0]);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

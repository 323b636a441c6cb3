package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads request bodies with a size limit enforced before parsing: a declared length over the
 * limit is refused without reading, a chunked body is cut off as soon as it passes the limit.
 */
public final class RequestBodies {

    private final long limit;

    public RequestBodies(long limit) {
        this.limit = limit;
    }

    public JsonNode json(ServerRequest request) {
        request.headers().value(HeaderNames.CONTENT_TYPE).ifPresent(type -> {
            String lower = type.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("application/json") && !lower.contains("+json")) {
                throw ApiError.unsupportedMediaType();
            }
        });
        byte[] body = bytes(request);
        if (body.length == 0) {
            throw ApiError.badRequest("invalid_json", "The request body is empty; send a JSON object.");
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiError.badRequest("invalid_json", "The request body must be a JSON object.");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_json", "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(ServerRequest request) {
        long declared = request.headers().contentLength().orElse(-1);
        if (declared > limit) {
            throw ApiError.tooLarge(limit);
        }
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw ApiError.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

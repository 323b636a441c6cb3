package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says what is wrong in the gateway's words: the JSON library's messages name its internals. */
    static ApiError invalid(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonParseException parse && message.startsWith("Duplicate field '") && parse.getProcessor() != null) {
            JsonStreamContext context = parse.getProcessor().getParsingContext();
            String key = context.getCurrentName() == null ? "" : context.getCurrentName();
            String where = context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
            return ApiError.badRequest("duplicate_key", "The key '" + key + "' appears twice in one object"
                    + (where.isEmpty() ? "" : " at " + where) + "; give each key once.", param(where + "/" + key));
        }
        if (e instanceof StreamConstraintsException) {
            return ApiError.badRequest("invalid_json", "The request body is nested too deeply or holds a number or string too long to read.");
        }
        JsonLocation location = e.getLocation();
        return ApiError.badRequest("invalid_json", "The request body is not valid JSON"
                + (location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                + "; send one JSON object.");
    }

    // "/messages/0/role" -> "messages[0].role", the way other errors name a field
    private static String param(String pointer) {
        StringBuilder param = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && !param.isEmpty()) {
                param.append('[').append(segment).append(']');
            } else {
                param.append(param.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return param.toString();
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

package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The request fields of the vector store API that need checking: chunking strategies, attributes and metadata. */
final class RequestFields {

    /** Metadata keys every chunk carries already; attributes may not reuse them. */
    static final Set<String> RESERVED = Set.of(VectorRecord.DOCUMENT, VectorRecord.CHUNK, "filename");

    private RequestFields() {}

    /** How to cut a file. */
    record Chunking(int maxTokens, int overlapTokens) {
        Chunker chunker() {
            return new Chunker(maxTokens, overlapTokens);
        }
    }

    /** {@code chunking_strategy}: absent or {@code auto} for the defaults, or {@code static} with OpenAI's bounds. */
    static Chunking chunking(JsonNode strategy, Chunking defaults) {
        if (strategy.isMissingNode() || strategy.isNull()) {
            return defaults;
        }
        String type = strategy.path("type").asText("");
        if (type.equals("auto")) {
            return defaults;
        }
        if (!type.equals("static")) {
            throw ApiError.badRequest("invalid_chunking_strategy", "chunking_strategy.type must be 'auto' or 'static'.", "chunking_strategy.type");
        }
        JsonNode settings = strategy.path("static");
        JsonNode max = settings.path("max_chunk_size_tokens");
        JsonNode overlap = settings.path("chunk_overlap_tokens");
        if (!max.isInt() || max.asInt() < 100 || max.asInt() > 4096) {
            throw ApiError.badRequest("invalid_chunking_strategy", "max_chunk_size_tokens must be an integer from 100 to 4096.",
                    "chunking_strategy.static.max_chunk_size_tokens");
        }
        if (!overlap.isInt() || overlap.asInt() < 0 || overlap.asInt() > max.asInt() / 2) {
            throw ApiError.badRequest("invalid_chunking_strategy", "chunk_overlap_tokens must be an integer from 0 to half of max_chunk_size_tokens.",
                    "chunking_strategy.static.chunk_overlap_tokens");
        }
        return new Chunking(max.asInt(), overlap.asInt());
    }

    /** {@code attributes}: up to 16 keys of up to 64 characters, each a string (up to 512), a number or a boolean. */
    static ObjectNode attributes(JsonNode attributes) {
        if (attributes.isMissingNode() || attributes.isNull()) {
            return Json.MAPPER.createObjectNode();
        }
        if (!attributes.isObject() || attributes.size() > 16) {
            throw ApiError.badRequest("invalid_attributes", "'attributes' must be an object of at most 16 keys.", "attributes");
        }
        attributes.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.isEmpty() || key.length() > 64 || RESERVED.contains(key)) {
                throw ApiError.badRequest("invalid_attributes", "attribute keys are 1-64 characters and not one of " + RESERVED + ".", "attributes." + key);
            }
            boolean fits = value.isTextual() ? value.asText().length() <= 512 : value.isNumber() || value.isBoolean();
            if (!fits) {
                throw ApiError.badRequest("invalid_attributes", "attribute values are strings of up to 512 characters, numbers or booleans.",
                        "attributes." + key);
            }
        });
        return (ObjectNode) attributes;
    }

    /** Attributes as chunk metadata: strings as they are, numbers and booleans as their JSON text. */
    static Map<String, String> asMetadata(JsonNode attributes) {
        Map<String, String> metadata = new LinkedHashMap<>();
        attributes.properties().forEach(entry -> metadata.put(entry.getKey(), scalar(entry.getValue())));
        return metadata;
    }

    /** A filter's or an attribute's value as the store compares it. */
    static String scalar(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** {@code metadata}: up to 16 keys of up to 64 characters with string values of up to 512. */
    static Map<String, String> metadata(JsonNode metadata) {
        Map<String, String> values = new LinkedHashMap<>();
        if (metadata.isMissingNode() || metadata.isNull()) {
            return values;
        }
        if (!metadata.isObject() || metadata.size() > 16) {
            throw ApiError.badRequest("invalid_metadata", "'metadata' must be an object of at most 16 keys.", "metadata");
        }
        metadata.properties().forEach(entry -> {
            if (entry.getKey().isEmpty() || entry.getKey().length() > 64 || !entry.getValue().isTextual() || entry.getValue().asText().length() > 512) {
                throw ApiError.badRequest("invalid_metadata", "metadata keys are 1-64 characters, values strings of up to 512.", "metadata." + entry.getKey());
            }
            values.put(entry.getKey(), entry.getValue().asText());
        });
        return values;
    }
}

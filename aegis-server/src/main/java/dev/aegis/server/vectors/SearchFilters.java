package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.server.internal.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI's search {@code filters}, as far as the vector store contract can honour them inside the query: a
 * comparison {@code {type: eq, key, value}} and an {@code and} of such. Every other comparison ({@code ne},
 * {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}) and {@code or} is refused with
 * {@code unsupported_filter} rather than applied after the top k (which would return fewer, and other,
 * results than asked for).
 */
final class SearchFilters {

    private SearchFilters() {}

    /** The metadata every result must have; empty when the filter cannot match anything (two values for one key). */
    static Optional<Map<String, String>> parse(JsonNode filters) {
        Map<String, String> equal = new LinkedHashMap<>();
        if (filters.isMissingNode() || filters.isNull()) {
            return Optional.of(equal);
        }
        return collect(filters, equal) ? Optional.of(equal) : Optional.empty();
    }

    private static boolean collect(JsonNode filter, Map<String, String> equal) {
        if (!filter.isObject()) {
            throw ApiError.badRequest("invalid_filter", "a filter is an object with a 'type'.", "filters");
        }
        String type = filter.path("type").asText("");
        switch (type) {
            case "eq" -> {
                JsonNode key = filter.path("key");
                JsonNode value = filter.path("value");
                if (!key.isTextual() || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
                    throw ApiError.badRequest("invalid_filter", "an 'eq' filter needs a string 'key' and a string, number or boolean 'value'.", "filters");
                }
                String previous = equal.putIfAbsent(key.asText(), RequestFields.scalar(value));
                return previous == null || previous.equals(RequestFields.scalar(value));
            }
            case "and" -> {
                JsonNode all = filter.path("filters");
                if (!all.isArray()) {
                    throw ApiError.badRequest("invalid_filter", "an 'and' filter needs an array 'filters'.", "filters");
                }
                boolean satisfiable = true;
                for (JsonNode each : all) {
                    satisfiable &= collect(each, equal);
                }
                return satisfiable;
            }
            case "ne", "gt", "gte", "lt", "lte", "in", "nin", "or" -> throw ApiError.badRequest("unsupported_filter",
                    "Filters of type '" + type + "' are not supported here: only 'eq', and 'and' of 'eq's, are applied inside the search.", "filters");
            default -> throw ApiError.badRequest("invalid_filter", "unknown filter type '" + type + "'.", "filters");
        }
    }
}

package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.Vectors;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.Json;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.Responses;
import dev.aegis.server.vectors.AttachedFiles.AttachedFile;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/vector_stores/{id}/search}: {@code query} (a string or strings), {@code max_num_results} (1–50),
 * {@code filters} ({@link SearchFilters}), {@code ranking_options.score_threshold}; {@code rewrite_query: true} is
 * refused (not implemented).
 *
 * <p>Results are ranked by the store's hybrid search (vectors and keywords fused), filtered on the caller's
 * readers inside the store. Each result's {@code score} is the cosine similarity of its vector to the query's,
 * from 0 to 1, so that {@code score_threshold} means the same whatever the store's fusion (a fused rank is not
 * a relevance); a store that does not return vectors is scored with its own scores.
 */
public final class SearchHandler {

    private final ReadableStores stores;
    private final VectorStoreFiles files;
    private final RequestBodies bodies;

    public SearchHandler(ReadableStores stores, VectorStoreFiles files, RequestBodies bodies) {
        this.stores = stores;
        this.files = files;
        this.bodies = bodies;
    }

    public void search(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, VectorStoresHandler.id(request));
            JsonNode body = bodies.json(request);
            List<String> queries = queries(body.path("query"));
            int max = body.path("max_num_results").isMissingNode() ? 10 : body.path("max_num_results").asInt(0);
            if (!body.path("max_num_results").isMissingNode() && (!body.path("max_num_results").isInt() || max < 1 || max > 50)) {
                throw ApiError.badRequest("invalid_max_num_results", "'max_num_results' must be an integer from 1 to 50.", "max_num_results");
            }
            if (body.path("rewrite_query").asBoolean(false)) {
                throw ApiError.badRequest("unsupported_parameter", "'rewrite_query' is not implemented here; send the query as it should be searched.",
                        "rewrite_query");
            }
            JsonNode threshold = body.path("ranking_options").path("score_threshold");
            if (!threshold.isMissingNode() && (!threshold.isNumber() || threshold.asDouble() < 0 || threshold.asDouble() > 1)) {
                throw ApiError.badRequest("invalid_score_threshold", "'ranking_options.score_threshold' must be a number from 0 to 1.",
                        "ranking_options.score_threshold");
            }
            Optional<Map<String, String>> filter = SearchFilters.parse(body.path("filters"));
            stores.checkEmbedder(store);
            List<Result> results = filter.isEmpty() ? List.of()
                    : search(principal, store, String.join("\n", queries), max, filter.get(), threshold.asDouble(0));
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "vector_store.search_results.page");
                json.writeArrayFieldStart("search_query");
                for (String query : queries) {
                    json.writeString(query);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("data");
                for (Result result : results) {
                    json.writeStartObject();
                    json.writeStringField("file_id", result.record().metadata().getOrDefault(VectorRecord.DOCUMENT, ""));
                    json.writeStringField("filename", result.record().metadata().getOrDefault("filename", ""));
                    json.writeNumberField("score", result.score());
                    json.writeFieldName("attributes");
                    json.writeTree(result.attributes());
                    json.writeArrayFieldStart("content");
                    json.writeStartObject();
                    json.writeStringField("type", "text");
                    json.writeStringField("text", result.record().text());
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeBooleanField("has_more", false);
                json.writeNullField("next_page");
                json.writeEndObject();
            });
        });
    }

    private record Result(VectorRecord record, double score, JsonNode attributes) {}

    private List<Result> search(Principal principal, VectorCollection store, String text, int max, Map<String, String> filter, double threshold) {
        VectorBackend backend = stores.backend();
        float[] vector;
        try {
            vector = backend.embedder().embed(List.of(text)).getFirst();
        } catch (ProviderException e) {
            throw new ApiError(502, "upstream_error", e.failure().code(), "The embedder '" + backend.embedderName() + "' failed.", Optional.empty());
        }
        List<ScoredRecord> found = backend.store().search(
                new VectorQuery(List.of(store.name()), vector, text, max, filter, Readers.of(principal), VectorQuery.Mode.HYBRID));
        Map<String, JsonNode> attributes = new HashMap<>();
        for (AttachedFile file : files.ofStore(store.name())) {
            attributes.put(file.fileId(), parse(file.attributes()));
        }
        List<Result> results = new ArrayList<>();
        for (ScoredRecord hit : found) {
            VectorRecord record = hit.record();
            double score = record.vector().length == vector.length ? Math.max(0, Vectors.cosine(vector, record.vector())) : hit.score();
            if (score >= threshold) {
                String document = record.metadata().getOrDefault(VectorRecord.DOCUMENT, "");
                results.add(new Result(record, score, attributes.getOrDefault(document, Json.MAPPER.createObjectNode())));
            }
        }
        return results;
    }

    private static List<String> queries(JsonNode query) {
        if (query.isTextual() && !query.asText().isBlank()) {
            return List.of(query.asText());
        }
        if (query.isArray() && !query.isEmpty()) {
            List<String> queries = new ArrayList<>();
            for (JsonNode each : query) {
                if (!each.isTextual() || each.asText().isBlank()) {
                    throw ApiError.badRequest("invalid_query", "'query' must be a string or an array of non-empty strings.", "query");
                }
                queries.add(each.asText());
            }
            return queries;
        }
        throw ApiError.badRequest("invalid_query", "'query' must be a string or an array of non-empty strings.", "query");
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON", e);
        }
    }

}

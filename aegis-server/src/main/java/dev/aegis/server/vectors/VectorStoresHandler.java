package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.Json;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.Responses;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.vectors.StoredFiles.StoredFile;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1/vector_stores}: create ({@code name}, {@code metadata}, {@code file_ids}, {@code chunking_strategy}),
 * list, retrieve, modify ({@code name}, {@code metadata}) and delete, in OpenAI's shapes. Who may use a store:
 * {@link ReadableStores}. Creating, modifying and deleting a store are audited.
 */
public final class VectorStoresHandler {

    /** The audit records' source. */
    static final String SOURCE = "vector-store-api";

    private final ReadableStores stores;
    private final VectorStoreFiles files;
    private final FilesHandler uploads;
    private final RequestBodies bodies;
    private final RunRecorder recorder;
    private final RequestFields.Chunking defaults;

    public VectorStoresHandler(ReadableStores stores, VectorStoreFiles files, FilesHandler uploads, RequestBodies bodies, RunRecorder recorder,
            RequestFields.Chunking defaults) {
        this.stores = stores;
        this.files = files;
        this.uploads = uploads;
        this.bodies = bodies;
        this.recorder = recorder;
        this.defaults = defaults;
    }

    public void create(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorBackend backend = stores.backend();
            JsonNode body = bodies.json(request);
            refuseExpiry(body);
            Map<String, String> metadata = RequestFields.metadata(body.path("metadata"));
            Set<String> readers = metadata.containsKey(ReadableStores.READERS_KEY)
                    ? ReadableStores.parse(principal, metadata.get(ReadableStores.READERS_KEY)) : ReadableStores.defaults(principal);
            RequestFields.Chunking chunking = RequestFields.chunking(body.path("chunking_strategy"), defaults);
            List<StoredFile> attach = new ArrayList<>();
            JsonNode fileIds = body.path("file_ids");
            if (!fileIds.isMissingNode() && !fileIds.isNull()) {
                if (!fileIds.isArray() || fileIds.size() > 500) {
                    throw ApiError.badRequest("invalid_file_ids", "'file_ids' must be an array of at most 500 file ids.", "file_ids");
                }
                for (JsonNode id : fileIds) {
                    attach.add(uploads.readable(principal, id.asText()));
                }
            }
            Map<String, String> collectionMetadata = new LinkedHashMap<>();
            collectionMetadata.put(VectorJson.NAME, text(body, "name").orElse(""));
            collectionMetadata.put("embedder", backend.embedderName());
            collectionMetadata.put("embedding_model", backend.embedder().model());
            metadata.forEach((key, value) -> collectionMetadata.put(VectorJson.METADATA + key, value));
            VectorCollection created = backend.store().putCollection(new VectorCollection(VectorIds.vectorStore(), backend.embedder().dimensions(),
                    readers, collectionMetadata, Instant.now()));
            recorder.recordAdmin(AdminAction.now(principal, "", SOURCE, "vector_store.created", "created a vector store",
                    Map.of("vector_store_id", created.name(), "readers", Integer.toString(readers.size()), "files", Integer.toString(attach.size()))));
            for (StoredFile file : attach) {
                files.attachOrRecordFailure(principal, created, file, Json.MAPPER.createObjectNode(), chunking);
            }
            Responses.json(response, 200, json -> VectorJson.vectorStore(json, created, files.ofStore(created.name())));
        });
    }

    public void list(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            List<VectorCollection> readable = stores.readable(AuthFilter.principal(request));
            Pages.Page<VectorCollection> page = Pages.of(request).page(readable, VectorCollection::name);
            Responses.json(response, 200, json -> VectorJson.list(json, page, VectorCollection::name,
                    (out, store) -> VectorJson.vectorStore(out, store, files.ofStore(store.name()))));
        });
    }

    public void get(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            VectorCollection store = stores.readable(AuthFilter.principal(request), id(request));
            Responses.json(response, 200, json -> VectorJson.vectorStore(json, store, files.ofStore(store.name())));
        });
    }

    public void modify(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, id(request));
            JsonNode body = bodies.json(request);
            refuseExpiry(body);
            Map<String, String> changed = new LinkedHashMap<>(store.metadata());
            Set<String> readers = store.readers();
            if (body.has("name") && !body.get("name").isNull()) {
                changed.put(VectorJson.NAME, text(body, "name").orElse(""));
            }
            if (body.has("metadata") && !body.get("metadata").isNull()) {
                Map<String, String> metadata = RequestFields.metadata(body.get("metadata"));
                changed.keySet().removeIf(key -> key.startsWith(VectorJson.METADATA));
                metadata.forEach((key, value) -> changed.put(VectorJson.METADATA + key, value));
                if (metadata.containsKey(ReadableStores.READERS_KEY)) {
                    readers = ReadableStores.parse(principal, metadata.get(ReadableStores.READERS_KEY));
                }
            }
            VectorCollection modified = stores.backend().store().putCollection(store.withMetadata(changed).withReaders(readers));
            recorder.recordAdmin(AdminAction.now(principal, "", SOURCE, "vector_store.modified", "modified a vector store",
                    Map.of("vector_store_id", store.name(), "readers", Integer.toString(modified.readers().size()))));
            Responses.json(response, 200, json -> VectorJson.vectorStore(json, modified, files.ofStore(modified.name())));
        });
    }

    public void delete(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, id(request));
            int attached = files.ofStore(store.name()).size();
            stores.backend().store().dropCollection(store.name());
            files.forgetStore(store.name());
            recorder.recordAdmin(AdminAction.now(principal, "", SOURCE, "vector_store.deleted", "deleted a vector store",
                    Map.of("vector_store_id", store.name(), "files", Integer.toString(attached))));
            Responses.json(response, 200, json -> VectorJson.deleted(json, store.name(), "vector_store.deleted"));
        });
    }

    static String id(ServerRequest request) {
        return request.path().pathParameters().get("id");
    }

    private static java.util.Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return java.util.Optional.empty();
        }
        if (!value.isTextual() || value.asText().length() > 256) {
            throw ApiError.badRequest("invalid_" + field, "'" + field + "' must be a string of at most 256 characters.", field);
        }
        return java.util.Optional.of(value.asText());
    }

    private static void refuseExpiry(JsonNode body) {
        if (body.has("expires_after") && !body.get("expires_after").isNull()) {
            throw ApiError.badRequest("unsupported_parameter", "'expires_after' is not supported: vector stores here do not expire.", "expires_after");
        }
    }
}

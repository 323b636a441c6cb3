package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.Responses;
import dev.aegis.server.vectors.AttachedFiles.AttachedFile;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/vector_stores/{id}/files}: attach a file ({@code file_id}, {@code attributes}, {@code chunking_strategy}),
 * list, retrieve and delete. Attaching ingests synchronously: the answer is the finished file ({@code completed},
 * or {@code failed} with {@code last_error}), so {@code createAndPoll} sees it done at its first poll. The answer
 * also carries the chunk count in the {@code Aegis-Chunks} header (OpenAI's object has no field for it).
 */
public final class VectorStoreFilesHandler {

    static final String CHUNKS_HEADER = "Aegis-Chunks";
    private static final Set<String> STATUSES = Set.of("in_progress", "completed", "failed", "cancelled");

    private final ReadableStores stores;
    private final VectorStoreFiles files;
    private final FilesHandler uploads;
    private final RequestBodies bodies;
    private final RequestFields.Chunking defaults;

    public VectorStoreFilesHandler(ReadableStores stores, VectorStoreFiles files, FilesHandler uploads, RequestBodies bodies,
            RequestFields.Chunking defaults) {
        this.stores = stores;
        this.files = files;
        this.uploads = uploads;
        this.bodies = bodies;
        this.defaults = defaults;
    }

    public void create(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, VectorStoresHandler.id(request));
            JsonNode body = bodies.json(request);
            JsonNode fileId = body.path("file_id");
            if (!fileId.isTextual() || fileId.asText().isBlank()) {
                throw ApiError.badRequest("missing_file_id", "'file_id' is required.", "file_id");
            }
            var attributes = RequestFields.attributes(body.path("attributes"));
            RequestFields.Chunking chunking = RequestFields.chunking(body.path("chunking_strategy"), defaults);
            var file = uploads.readable(principal, fileId.asText());
            stores.checkEmbedder(store);
            AttachedFile attached = files.attach(principal, store, file, attributes, chunking);
            response.header(HeaderNames.create(CHUNKS_HEADER), Integer.toString(attached.chunks()));
            Responses.json(response, 200, json -> VectorJson.vectorStoreFile(json, attached));
        });
    }

    public void list(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            VectorCollection store = stores.readable(AuthFilter.principal(request), VectorStoresHandler.id(request));
            Optional<String> status = request.query().first("filter").asOptional();
            if (status.isPresent() && !STATUSES.contains(status.get())) {
                throw ApiError.badRequest("invalid_filter", "'filter' must be one of " + STATUSES + ".", "filter");
            }
            List<AttachedFile> listed = files.ofStore(store.name()).stream().filter(file -> status.map(file.status()::equals).orElse(true)).toList();
            Pages.Page<AttachedFile> page = Pages.of(request).page(listed, AttachedFile::fileId);
            Responses.json(response, 200, json -> VectorJson.list(json, page, AttachedFile::fileId, VectorJson::vectorStoreFile));
        });
    }

    public void get(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            VectorCollection store = stores.readable(AuthFilter.principal(request), VectorStoresHandler.id(request));
            String fileId = request.path().pathParameters().get("file_id");
            AttachedFile file = files.find(store.name(), fileId).orElseThrow(() -> notAttached(fileId));
            Responses.json(response, 200, json -> VectorJson.vectorStoreFile(json, file));
        });
    }

    /** {@code GET /v1/vector_stores/{id}/files/{file_id}/content}: the text that was chunked, as one part. */
    public void content(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            VectorCollection store = stores.readable(AuthFilter.principal(request), VectorStoresHandler.id(request));
            String fileId = request.path().pathParameters().get("file_id");
            files.find(store.name(), fileId).orElseThrow(() -> notAttached(fileId));
            Optional<String> text = files.text(fileId);
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "vector_store.file_content.page");
                json.writeArrayFieldStart("data");
                if (text.isPresent()) {
                    json.writeStartObject();
                    json.writeStringField("type", "text");
                    json.writeStringField("text", text.get());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeBooleanField("has_more", false);
                json.writeNullField("next_page");
                json.writeEndObject();
            });
        });
    }

    public void delete(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, VectorStoresHandler.id(request));
            String fileId = request.path().pathParameters().get("file_id");
            if (!files.detach(principal, store, fileId)) {
                throw notAttached(fileId);
            }
            Responses.json(response, 200, json -> VectorJson.deleted(json, fileId, "vector_store.file.deleted"));
        });
    }

    private static ApiError notAttached(String fileId) {
        return ApiError.notFound("file_not_found", "No file '" + fileId + "' is in this vector store.");
    }
}

package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.Responses;
import dev.aegis.server.vectors.AttachedFiles.AttachedFile;
import dev.aegis.server.vectors.FileBatches.FileBatch;
import dev.aegis.server.vectors.StoredFiles.StoredFile;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/vector_stores/{id}/file_batches}: attach several files in one call ({@code file_ids} with shared
 * {@code attributes} and {@code chunking_strategy}, or {@code files} each with its own), retrieve the batch,
 * cancel it and list its files. Like a single file, the batch is ingested before the answer, so
 * {@code fileBatches.createAndPoll} and {@code uploadAndPoll} find it done; cancelling finds nothing left to stop.
 */
public final class FileBatchesHandler {

    private static final int MOST = 500;

    private final ReadableStores stores;
    private final VectorStoreFiles files;
    private final FileBatches batches;
    private final FilesHandler uploads;
    private final RequestBodies bodies;
    private final RequestFields.Chunking defaults;

    public FileBatchesHandler(ReadableStores stores, VectorStoreFiles files, FileBatches batches, FilesHandler uploads, RequestBodies bodies,
            RequestFields.Chunking defaults) {
        this.stores = stores;
        this.files = files;
        this.batches = batches;
        this.uploads = uploads;
        this.bodies = bodies;
        this.defaults = defaults;
    }

    private record Entry(StoredFile file, ObjectNode attributes, RequestFields.Chunking chunking) {}

    public void create(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            VectorCollection store = stores.readable(principal, VectorStoresHandler.id(request));
            JsonNode body = bodies.json(request);
            ObjectNode shared = RequestFields.attributes(body.path("attributes"));
            RequestFields.Chunking chunking = RequestFields.chunking(body.path("chunking_strategy"), defaults);
            List<Entry> entries = new ArrayList<>();
            JsonNode fileIds = body.path("file_ids");
            if (fileIds.isArray()) {
                for (JsonNode id : fileIds) {
                    entries.add(new Entry(uploads.readable(principal, id.asText()), shared, chunking));
                }
            }
            JsonNode each = body.path("files");
            if (each.isArray()) {
                for (JsonNode file : each) {
                    entries.add(new Entry(uploads.readable(principal, file.path("file_id").asText()), RequestFields.attributes(file.path("attributes")),
                            RequestFields.chunking(file.path("chunking_strategy"), chunking)));
                }
            }
            if (entries.isEmpty() || entries.size() > MOST) {
                throw ApiError.badRequest("missing_file_ids", "Give 'file_ids' or 'files': from 1 to " + MOST + " files.", "file_ids");
            }
            stores.checkEmbedder(store);
            Set<String> ids = new LinkedHashSet<>();
            for (Entry entry : entries) {
                files.attachOrRecordFailure(principal, store, entry.file(), entry.attributes(), entry.chunking());
                ids.add(entry.file().id());
            }
            FileBatch batch = new FileBatch(VectorIds.fileBatch(), store.name(), List.copyOf(ids), Instant.now());
            batches.save(batch);
            Responses.json(response, 200, json -> VectorJson.fileBatch(json, batch, filesOf(batch)));
        });
    }

    public void get(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            FileBatch batch = batch(request);
            Responses.json(response, 200, json -> VectorJson.fileBatch(json, batch, filesOf(batch)));
        });
    }

    public void files(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            FileBatch batch = batch(request);
            Optional<String> status = request.query().first("filter").asOptional();
            List<AttachedFile> listed = filesOf(batch).stream().filter(file -> status.map(file.status()::equals).orElse(true)).toList();
            Pages.Page<AttachedFile> page = Pages.of(request).page(listed, AttachedFile::fileId);
            Responses.json(response, 200, json -> VectorJson.list(json, page, AttachedFile::fileId, VectorJson::vectorStoreFile));
        });
    }

    private FileBatch batch(ServerRequest request) {
        VectorCollection store = stores.readable(AuthFilter.principal(request), VectorStoresHandler.id(request));
        String id = request.path().pathParameters().get("batch_id");
        return batches.find(store.name(), id).orElseThrow(() -> ApiError.notFound("file_batch_not_found", "No file batch '" + id + "' was found."));
    }

    private List<AttachedFile> filesOf(FileBatch batch) {
        Set<String> ids = Set.copyOf(batch.fileIds());
        return files.ofStore(batch.vectorStoreId()).stream().filter(file -> ids.contains(file.fileId())).toList();
    }
}

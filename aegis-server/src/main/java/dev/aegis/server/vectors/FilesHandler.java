package dev.aegis.server.vectors;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.Readers;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.AuthFilter;
import dev.aegis.server.internal.Responses;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.vectors.StoredFiles.StoredFile;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/files}: upload ({@code multipart/form-data} with {@code file} and {@code purpose}), list, retrieve,
 * delete and {@code GET /v1/files/{id}/content}. A file belongs to its uploader's team (to the uploader alone
 * when it has none); to anyone else it does not exist (404). Deleting a file removes it from every vector store.
 */
public final class FilesHandler {

    static final Set<String> PURPOSES = Set.of("assistants", "batch", "fine-tune", "vision", "user_data", "evals");
    // room for the multipart framing around the file and the purpose field
    private static final long FRAMING = 64 * 1024;

    private final StoredFiles files;
    private final VectorStoreFiles attachments;
    private final RunRecorder recorder;
    private final long maxFileBytes;

    public FilesHandler(StoredFiles files, VectorStoreFiles attachments, RunRecorder recorder, long maxFileBytes) {
        this.files = files;
        this.attachments = attachments;
        this.recorder = recorder;
        this.maxFileBytes = maxFileBytes;
    }

    public void upload(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            String boundary = request.headers().value(HeaderNames.CONTENT_TYPE).flatMap(Multipart::boundary)
                    .orElseThrow(() -> new ApiError(415, "invalid_request_error", "unsupported_media_type",
                            "Upload files as multipart/form-data with the fields 'file' and 'purpose'.", Optional.empty()));
            List<Multipart.Part> parts = Multipart.parse(body(request), boundary);
            Multipart.Part file = parts.stream().filter(part -> part.name().equals("file") && part.filename().isPresent()).findFirst()
                    .orElseThrow(() -> ApiError.badRequest("missing_file", "'file' is required: a file part with a file name.", "file"));
            String purpose = parts.stream().filter(part -> part.name().equals("purpose")).findFirst().map(Multipart.Part::text).orElse("");
            if (!PURPOSES.contains(purpose)) {
                throw ApiError.badRequest("invalid_purpose", "'purpose' must be one of " + new java.util.TreeSet<>(PURPOSES) + ".", "purpose");
            }
            if (file.content().length > maxFileBytes) {
                throw tooLarge();
            }
            String filename = file.filename().get().replaceAll(".*[/\\\\]", "");
            if (filename.isBlank() || filename.length() > 1024) {
                throw ApiError.badRequest("invalid_filename", "The file needs a name of at most 1024 characters.", "file");
            }
            StoredFile stored = new StoredFile(VectorIds.file(), owner(principal), filename, purpose, file.content().length, Instant.now());
            files.save(stored, file.content());
            recorder.recordAdmin(AdminAction.now(principal, "", VectorStoresHandler.SOURCE, "file.uploaded", "uploaded a file",
                    Map.of("file_id", stored.id(), "bytes", Long.toString(stored.bytes()))));
            Responses.json(response, 200, json -> VectorJson.file(json, stored));
        });
    }

    public void list(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            Optional<String> purpose = request.query().first("purpose").asOptional();
            List<StoredFile> readable = files.list(Readers.of(principal)).stream()
                    .filter(file -> purpose.map(file.purpose()::equals).orElse(true)).toList();
            Pages.Page<StoredFile> page = Pages.of(request).page(readable, StoredFile::id);
            Responses.json(response, 200, json -> VectorJson.list(json, page, StoredFile::id, VectorJson::file));
        });
    }

    public void get(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            StoredFile file = readable(request);
            Responses.json(response, 200, json -> VectorJson.file(json, file));
        });
    }

    public void content(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            StoredFile file = readable(request);
            byte[] content = files.content(file.id());
            response.status(Status.OK_200);
            response.header(HeaderNames.CONTENT_TYPE, "application/octet-stream");
            response.header(HeaderNames.create("Content-Disposition"), "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(file.filename(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            response.send(content);
        });
    }

    public void delete(ServerRequest request, ServerResponse response) {
        Answers.answer(response, () -> {
            Principal principal = AuthFilter.principal(request);
            StoredFile file = readable(request);
            int detached = attachments.detachEverywhere(file.id());
            files.delete(file.id());
            recorder.recordAdmin(AdminAction.now(principal, "", VectorStoresHandler.SOURCE, "file.deleted", "deleted a file",
                    Map.of("file_id", file.id(), "vector_stores", Integer.toString(detached))));
            Responses.json(response, 200, json -> VectorJson.deleted(json, file.id(), "file"));
        });
    }

    /** The file of the request's {@code {id}} (or {@code {file_id}}), when the caller may use it; 404 otherwise. */
    StoredFile readable(ServerRequest request) {
        String id = request.path().pathParameters().first("id").orElseGet(() -> request.path().pathParameters().get("file_id"));
        return readable(AuthFilter.principal(request), id);
    }

    StoredFile readable(Principal principal, String id) {
        return files.find(id).filter(file -> Readers.of(principal).contains(file.owner()))
                .orElseThrow(() -> ApiError.notFound("file_not_found", "No file '" + id + "' was found."));
    }

    /** The token a caller's uploads belong to: its team, or itself when it has none. */
    static String owner(Principal principal) {
        return principal.team().isBlank() ? Readers.principal(principal.id()) : Readers.team(principal.team());
    }

    private byte[] body(ServerRequest request) {
        long limit = maxFileBytes + FRAMING;
        if (request.headers().contentLength().orElse(-1) > limit) {
            throw tooLarge();
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "invalid_request_error", "file_too_large",
                "The file is larger than the " + maxFileBytes + " bytes this gateway accepts (vector-store-api.max-file-bytes).", Optional.empty());
    }
}

package dev.aegis.server.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.RunRecorder;
import dev.aegis.server.vectors.AttachedFiles.AttachedFile;
import dev.aegis.server.vectors.StoredFiles.StoredFile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaching files to vector stores and taking them off: the attachment's row in the state store, the file's
 * chunks in the vector store, and an audit record of each (ids and counts, never content).
 */
public final class VectorStoreFiles {

    private final Optional<VectorBackend> backend;
    private final StoredFiles files;
    private final AttachedFiles attached;
    private final Optional<Ingestion> ingestion;
    private final FileBatches batches;
    private final RunRecorder recorder;

    public VectorStoreFiles(Optional<VectorBackend> backend, StoredFiles files, AttachedFiles attached, FileBatches batches,
            Optional<Ingestion> ingestion, RunRecorder recorder) {
        this.batches = batches;
        this.backend = backend;
        this.files = files;
        this.attached = attached;
        this.ingestion = ingestion;
        this.recorder = recorder;
    }

    /**
     * Ingests {@code file} into the vector store and returns the finished attachment ({@code completed}, or
     * {@code failed} with its error); an earlier attachment of the same file is replaced.
     */
    AttachedFile attach(Principal principal, VectorCollection store, StoredFile file, ObjectNode attributes, RequestFields.Chunking chunking) {
        byte[] content = files.content(file.id());
        TextExtraction.Kind kind = TextExtraction.kind(file.filename(), content).orElseThrow(() -> ApiError.badRequest("unsupported_file",
                "The file '" + file.id() + "' is not text, Markdown or PDF; only those can be added to a vector store.", "file_id"));
        AttachedFile pending = new AttachedFile(store.name(), file.id(), "in_progress", Optional.empty(), attributes.toString(),
                chunking.maxTokens(), chunking.overlapTokens(), 0, 0, Instant.now());
        attached.put(pending);
        Map<String, String> metadata = new LinkedHashMap<>(RequestFields.asMetadata(attributes));
        metadata.put("filename", file.filename());
        Ingestion.Outcome outcome;
        try {
            outcome = ingestion.orElseThrow().ingest(store.name(), file.id(), kind, content, metadata, chunking.chunker());
        } catch (ApiError busy) {
            attached.delete(store.name(), file.id());
            throw busy;
        } catch (RuntimeException e) {
            outcome = new Ingestion.Outcome(0, 0, Optional.of(new AttachedFiles.LastError("server_error",
                    "The vector store refused the chunks (" + e.getClass().getSimpleName() + ").")));
        }
        AttachedFile done = pending.finished(outcome.status(), outcome.error(), outcome.bytes(), outcome.chunks());
        attached.put(done);
        recorder.recordAdmin(AdminAction.now(principal, "", VectorStoresHandler.SOURCE, "vector_store.file_added", "added a file to a vector store",
                Map.of("vector_store_id", store.name(), "file_id", file.id(), "status", done.status(), "chunks", Integer.toString(done.chunks()))));
        return done;
    }

    /**
     * {@link #attach}, for one of several files (of a new store's {@code file_ids}, of a batch): a file the store
     * cannot take (not text) is recorded as a failed file of it, as OpenAI reports it, rather than refusing the rest.
     */
    void attachOrRecordFailure(Principal principal, VectorCollection store, StoredFile file, ObjectNode attributes, RequestFields.Chunking chunking) {
        try {
            attach(principal, store, file, attributes, chunking);
        } catch (ApiError refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            attached.put(new AttachedFile(store.name(), file.id(), "failed", Optional.of(new AttachedFiles.LastError(refused.code(), refused.getMessage())),
                    attributes.toString(), chunking.maxTokens(), chunking.overlapTokens(), 0, 0, Instant.now()));
        }
    }

    /** Takes the file and its chunks off the vector store; false when it was not attached. */
    boolean detach(Principal principal, VectorCollection store, String fileId) {
        if (attached.find(store.name(), fileId).isEmpty()) {
            return false;
        }
        long chunks = backend.map(configured -> configured.store().deleteWhere(store.name(), Map.of(VectorRecord.DOCUMENT, fileId))).orElse(0L);
        attached.delete(store.name(), fileId);
        recorder.recordAdmin(AdminAction.now(principal, "", VectorStoresHandler.SOURCE, "vector_store.file_removed", "removed a file from a vector store",
                Map.of("vector_store_id", store.name(), "file_id", fileId, "chunks", Long.toString(chunks))));
        return true;
    }

    /** Takes a deleted file off every vector store; how many it was on. */
    int detachEverywhere(String fileId) {
        List<AttachedFile> everywhere = attached.ofFile(fileId);
        for (AttachedFile file : everywhere) {
            backend.ifPresent(configured -> configured.store().deleteWhere(file.vectorStoreId(), Map.of(VectorRecord.DOCUMENT, fileId)));
            attached.delete(file.vectorStoreId(), fileId);
        }
        return everywhere.size();
    }

    /** The text ingestion reads from a file; empty when it has none to read. */
    Optional<String> text(String fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] content = files.content(fileId);
        try {
            return TextExtraction.kind(file.get().filename(), content).map(kind -> TextExtraction.text(kind, content));
        } catch (TextExtraction.UnreadableFileException e) {
            return Optional.empty();
        }
    }

    List<AttachedFile> ofStore(String vectorStoreId) {
        return attached.ofStore(vectorStoreId);
    }

    Optional<AttachedFile> find(String vectorStoreId, String fileId) {
        return attached.find(vectorStoreId, fileId);
    }

    /** Forgets the files and batches of a dropped vector store. */
    void forgetStore(String vectorStoreId) {
        attached.deleteStore(vectorStoreId);
        batches.deleteStore(vectorStoreId);
    }
}

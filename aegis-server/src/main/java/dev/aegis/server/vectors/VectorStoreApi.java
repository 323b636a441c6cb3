package dev.aegis.server.vectors;

import dev.aegis.kernel.Assembly;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.server.VectorStoreApiConfig;
import dev.aegis.server.internal.RequestBodies;
import dev.aegis.server.internal.RunRecorder;
import io.helidon.webserver.http.HttpRouting;
import java.util.Optional;

/**
 * The OpenAI-compatible files and vector stores API, built from the {@code vector-store-api} section: the
 * uploads and attachments in the state store, the chunks in the configured vector store, embedded by the
 * configured embedder.
 */
public final class VectorStoreApi implements AutoCloseable {

    private final Optional<Ingestion> ingestion;
    private final FilesHandler files;
    private final VectorStoresHandler stores;
    private final VectorStoreFilesHandler storeFiles;
    private final FileBatchesHandler batches;
    private final SearchHandler search;
    private final long maxFileBytes;

    private VectorStoreApi(Optional<Ingestion> ingestion, FilesHandler files, VectorStoresHandler stores, VectorStoreFilesHandler storeFiles,
            FileBatchesHandler batches, SearchHandler search, long maxFileBytes) {
        this.batches = batches;
        this.ingestion = ingestion;
        this.files = files;
        this.stores = stores;
        this.storeFiles = storeFiles;
        this.search = search;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Checks the {@code vector-store-api} section against the configured stores and embedders, as {@code aegis validate} does.
     *
     * @throws dev.aegis.kernel.config.ConfigException when it names an entry that does not exist
     */
    public static void check(Assembly assembly) {
        VectorBackend.resolve(assembly, assembly.sectionOr(VectorStoreApiConfig.SECTION, VectorStoreApiConfig.class, VectorStoreApiConfig.DEFAULTS));
    }

    /** @throws dev.aegis.kernel.config.ConfigException when the section names an entry that does not exist */
    public static VectorStoreApi create(Assembly assembly, DurableStore store, RunRecorder recorder, RequestBodies bodies) {
        VectorStoreApiConfig config = assembly.sectionOr(VectorStoreApiConfig.SECTION, VectorStoreApiConfig.class, VectorStoreApiConfig.DEFAULTS);
        Optional<VectorBackend> backend = VectorBackend.resolve(assembly, config);
        Optional<Ingestion> ingestion = backend.map(configured ->
                new Ingestion(configured, config.ingestionThreads(), config.ingestionQueue(), config.embedBatch()));
        StoredFiles stored = new StoredFiles(store);
        FileBatches batches = new FileBatches(store.database());
        VectorStoreFiles attachments = new VectorStoreFiles(backend, stored, new AttachedFiles(store.database()), batches, ingestion, recorder);
        FilesHandler files = new FilesHandler(stored, attachments, recorder, config.maxFileBytes());
        ReadableStores readable = new ReadableStores(backend, backend.isPresent() ? "" : VectorBackend.unavailable(assembly, config));
        RequestFields.Chunking defaults = new RequestFields.Chunking(config.chunkTokens(), config.chunkOverlapTokens());
        return new VectorStoreApi(ingestion, files, new VectorStoresHandler(readable, attachments, files, bodies, recorder, defaults),
                new VectorStoreFilesHandler(readable, attachments, files, bodies, defaults),
                new FileBatchesHandler(readable, attachments, batches, files, bodies, defaults), new SearchHandler(readable, attachments, bodies),
                config.maxFileBytes());
    }

    /** The largest request body the API reads (an upload with its multipart framing). */
    public long maxRequestBytes() {
        return maxFileBytes + 64 * 1024;
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/v1/files", files::upload)
                .get("/v1/files", files::list)
                .get("/v1/files/{id}", files::get)
                .delete("/v1/files/{id}", files::delete)
                .get("/v1/files/{id}/content", files::content)
                .post("/v1/vector_stores", stores::create)
                .get("/v1/vector_stores", stores::list)
                .get("/v1/vector_stores/{id}", stores::get)
                .post("/v1/vector_stores/{id}", stores::modify)
                .delete("/v1/vector_stores/{id}", stores::delete)
                .post("/v1/vector_stores/{id}/files", storeFiles::create)
                .get("/v1/vector_stores/{id}/files", storeFiles::list)
                .get("/v1/vector_stores/{id}/files/{file_id}", storeFiles::get)
                .delete("/v1/vector_stores/{id}/files/{file_id}", storeFiles::delete)
                .get("/v1/vector_stores/{id}/files/{file_id}/content", storeFiles::content)
                .post("/v1/vector_stores/{id}/file_batches", batches::create)
                .get("/v1/vector_stores/{id}/file_batches/{batch_id}", batches::get)
                .post("/v1/vector_stores/{id}/file_batches/{batch_id}/cancel", batches::get)
                .get("/v1/vector_stores/{id}/file_batches/{batch_id}/files", batches::files)
                .post("/v1/vector_stores/{id}/search", search::search);
    }

    @Override
    public void close() {
        ingestion.ifPresent(Ingestion::close);
    }
}

package dev.aegis.server.vectors;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.vectors.AttachedFiles.LastError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a file into chunks in a vector store: its text extracted, cut ({@link Chunker}), embedded in batches
 * and written in one upsert, after the file's earlier chunks are deleted, so a file is in the store whole or
 * not at all. The caller waits for the outcome (the API answers with a finished file), but the work runs on a
 * small pool of its own, so that at most {@code threads} files are parsed and embedded at once whatever
 * the number of requests; the rest queue, and past the queue the API answers 503.
 */
public final class Ingestion implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

    private final VectorBackend backend;
    private final int batch;
    private final ThreadPoolExecutor pool;

    public Ingestion(VectorBackend backend, int threads, int queue, int batch) {
        this.backend = backend;
        this.batch = batch;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                task -> Thread.ofPlatform().daemon().name("aegis-ingest-" + count.incrementAndGet()).unstarted(task));
        pool.allowCoreThreadTimeOut(true);
    }

    /** What an ingestion came to: the chunks written, or why none were. */
    public record Outcome(int chunks, long bytes, Optional<LastError> error) {
        public String status() {
            return error.isPresent() ? "failed" : "completed";
        }
    }

    /**
     * Ingests one file into {@code collection} and waits for it.
     *
     * @param metadata what every chunk carries besides {@code document} and {@code chunk} (file name, attributes)
     * @throws ApiError 503 {@code ingestion_busy} when too many files wait already
     */
    public Outcome ingest(String collection, String fileId, TextExtraction.Kind kind, byte[] content, Map<String, String> metadata, Chunker chunker) {
        Future<Outcome> running;
        try {
            running = pool.submit(() -> run(collection, fileId, kind, content, metadata, chunker));
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, "service_unavailable", "ingestion_busy", "Too many files are being ingested; try again shortly.", Optional.empty());
        }
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("server_error", "The ingestion was interrupted.");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "ingesting " + fileId + " failed", e.getCause());
            return failed("server_error", "The ingestion failed (" + e.getCause().getClass().getSimpleName() + ").");
        }
    }

    private Outcome run(String collection, String fileId, TextExtraction.Kind kind, byte[] content, Map<String, String> metadata, Chunker chunker) {
        List<String> chunks;
        try {
            chunks = chunker.chunk(TextExtraction.text(kind, content));
        } catch (TextExtraction.UnreadableFileException e) {
            return failed("invalid_file", e.getMessage());
        }
        List<VectorRecord> records = new ArrayList<>(chunks.size());
        long bytes = 0;
        try {
            for (int from = 0; from < chunks.size(); from += batch) {
                List<String> texts = chunks.subList(from, Math.min(chunks.size(), from + batch));
                List<float[]> vectors = backend.embedder().embed(texts);
                if (vectors.size() != texts.size()) {
                    return failed("server_error", "The embedder '" + backend.embedderName() + "' returned " + vectors.size() + " vectors for "
                            + texts.size() + " chunks.");
                }
                for (int i = 0; i < texts.size(); i++) {
                    int index = from + i;
                    Map<String, String> chunkMetadata = new HashMap<>(metadata);
                    chunkMetadata.put(VectorRecord.DOCUMENT, fileId);
                    chunkMetadata.put(VectorRecord.CHUNK, Integer.toString(index));
                    records.add(new VectorRecord(fileId + ":" + index, vectors.get(i), texts.get(i), chunkMetadata));
                    bytes += texts.get(i).getBytes(StandardCharsets.UTF_8).length;
                }
            }
        } catch (ProviderException e) {
            return failed("server_error", "The embedder '" + backend.embedderName() + "' failed (" + e.failure() + ").");
        }
        backend.store().deleteWhere(collection, Map.of(VectorRecord.DOCUMENT, fileId));
        if (!records.isEmpty()) {
            backend.store().upsert(collection, records);
        }
        return new Outcome(records.size(), bytes, Optional.empty());
    }

    private static Outcome failed(String code, String message) {
        return new Outcome(0, 0, Optional.of(new LastError(code, message)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package dev.aegis.server;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.Optional;

/**
 * The {@code vector-store-api} section of {@code aegis.yaml}: the OpenAI-compatible {@code /v1/files} and
 * {@code /v1/vector_stores} API, and how uploaded files are cut and embedded.
 *
 * @param store the {@code vector-stores} entry the API keeps its vector stores in; the only one configured when
 *     absent (with none, or several, the vector store endpoints answer {@code vector_stores_not_configured})
 * @param embedder the {@code embeddings} entry that embeds chunks and queries; the only one configured when absent (likewise)
 * @param maxFileBytes larger uploads are refused with 413
 * @param chunkTokens the default largest chunk, in approximate tokens (a request's {@code chunking_strategy} overrides it)
 * @param chunkOverlapTokens the default overlap between neighbouring chunks, at most half of {@code chunk-tokens}
 * @param ingestionThreads files ingested at once across the gateway; further attachments wait their turn, so
 *     one huge file cannot take every core from the traffic
 * @param ingestionQueue attachments that may wait for a thread; beyond that the API answers 503 {@code ingestion_busy}
 * @param embedBatch chunks sent to the embedder in one call
 */
public record VectorStoreApiConfig(Optional<String> store, Optional<String> embedder, @Positive Long maxFileBytes,
        @Min(100) @Max(4096) Integer chunkTokens, @Min(0) Integer chunkOverlapTokens, @Positive @Max(64) Integer ingestionThreads,
        @Min(0) Integer ingestionQueue, @Positive @Max(2048) Integer embedBatch) {

    /** The section's name in {@code aegis.yaml}. */
    public static final String SECTION = "vector-store-api";

    public static final VectorStoreApiConfig DEFAULTS = new VectorStoreApiConfig(null, null, null, null, null, null, null, null);

    public VectorStoreApiConfig {
        store = store == null ? Optional.empty() : store;
        embedder = embedder == null ? Optional.empty() : embedder;
        maxFileBytes = maxFileBytes == null ? 20L * 1024 * 1024 : maxFileBytes;
        chunkTokens = chunkTokens == null ? 800 : chunkTokens;
        chunkOverlapTokens = chunkOverlapTokens == null ? 400 : chunkOverlapTokens;
        ingestionThreads = ingestionThreads == null ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : ingestionThreads;
        ingestionQueue = ingestionQueue == null ? 64 : ingestionQueue;
        embedBatch = embedBatch == null ? 32 : embedBatch;
        if (chunkOverlapTokens > chunkTokens / 2) {
            throw new IllegalArgumentException("chunk-overlap-tokens must be at most half of chunk-tokens");
        }
    }
}

package dev.aegis.bench.rag;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.bench.rag.ParagraphChunker.Chunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads chunks into a store as an ingestion API would: embedded in batches, each batch upserted at once. */
final class Ingest {

    /** The access token the benchmark's collection is readable by and its queries read with. */
    static final String READER = "role:bench";

    /** How long ingestion took, in total and in the embedder and the store. */
    record Timing(int chunks, long totalNanos, long embedNanos, long storeNanos, long cpuNanos) {

        double chunksPerSecond() {
            return chunks / (totalNanos / 1e9);
        }

        String summary() {
            return "%d chunks in %.2f s: %.0f chunks/s (embedding %.2f s, store %.2f s); %.1f CPU s used, %.0f chunks per CPU second"
                    .formatted(chunks, totalNanos / 1e9, chunksPerSecond(), embedNanos / 1e9, storeNanos / 1e9, cpuNanos / 1e9,
                            chunks / (cpuNanos / 1e9));
        }
    }

    private Ingest() {}

    static void createCollection(VectorStoreProvider store, String collection, EmbeddingProvider embedder) {
        store.putCollection(new VectorCollection(collection, embedder.dimensions(), Set.of(READER), Map.of("embedder", embedder.model()),
                Instant.now()));
    }

    static Timing load(EmbeddingProvider embedder, VectorStoreProvider store, String collection, List<Chunk> chunks, int batch) {
        long embedNanos = 0;
        long storeNanos = 0;
        long cpuStart = Machine.processCpuNanos();
        long start = System.nanoTime();
        for (int from = 0; from < chunks.size(); from += batch) {
            List<Chunk> slice = chunks.subList(from, Math.min(chunks.size(), from + batch));
            long embedStart = System.nanoTime();
            List<float[]> vectors = embedder.embed(slice.stream().map(Chunk::text).toList());
            long storeStart = System.nanoTime();
            List<VectorRecord> records = new ArrayList<>(slice.size());
            for (int i = 0; i < slice.size(); i++) {
                Chunk chunk = slice.get(i);
                records.add(new VectorRecord(chunk.id(), vectors.get(i), chunk.text(),
                        Map.of(VectorRecord.DOCUMENT, chunk.document(), VectorRecord.CHUNK, Integer.toString(chunk.index()))));
            }
            store.upsert(collection, records);
            long end = System.nanoTime();
            embedNanos += storeStart - embedStart;
            storeNanos += end - storeStart;
        }
        return new Timing(chunks.size(), System.nanoTime() - start, embedNanos, storeNanos, Machine.processCpuNanos() - cpuStart);
    }
}

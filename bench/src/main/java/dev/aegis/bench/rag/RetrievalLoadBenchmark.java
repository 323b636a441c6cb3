package dev.aegis.bench.rag;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorQuery.Mode;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.bench.rag.ParagraphChunker.Chunk;
import dev.aegis.bench.rag.RagCorpus.Question;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ingest rate and hybrid query latency at scale: {@code --chunks} (10,000 by default) chunks of four
 * sentences each, drawn with a fixed seed from the evaluation corpus's sentences, embedded and upserted
 * in batches; then every question of the corpus asked {@code --rounds} times as a hybrid search of the
 * top 10 after one unmeasured round, timed with the question's embedding and without.
 * {@code bench/rag-eval/run.sh load --embedder local --store lucene}
 */
public final class RetrievalLoadBenchmark {

    private static final String COLLECTION = "rag-load";
    private static final int SENTENCES_PER_CHUNK = 4;
    private static final Set<String> OPTIONS = RetrievalEvaluation.options("chunks", "rounds");

    public static void main(String[] args) throws IOException {
        Options options = new Options(args, OPTIONS);
        int count = options.integer("chunks", 10_000);
        LoadedStore loaded = LoadedStore.open(options, COLLECTION, corpus -> syntheticChunks(corpus, count));
        EmbeddingProvider embedder = loaded.embedder();
        VectorStoreProvider store = loaded.store();
        PrintStream out = System.out;

        int rounds = options.integer("rounds", 3);
        Percentiles withEmbedding = new Percentiles();
        Percentiles searchOnly = new Percentiles();
        long cpuStart = 0;
        for (int round = 0; round <= rounds; round++) {
            if (round == 1) {
                cpuStart = Machine.processCpuNanos();
            }
            for (Question question : loaded.corpus().questions()) {
                long start = System.nanoTime();
                float[] vector = embedder.embed(List.of(question.text())).getFirst();
                long searchStart = System.nanoTime();
                store.search(new VectorQuery(List.of(COLLECTION), vector, question.text(), RetrievalEvaluation.RANKED_DEPTH, Map.of(),
                        Set.of(Ingest.READER), Mode.HYBRID));
                long end = System.nanoTime();
                if (round > 0) {
                    withEmbedding.add(end - start);
                    searchOnly.add(end - searchStart);
                }
            }
        }
        out.printf("hybrid top-%d over %d chunks, %d queries: with embedding p50 %.2f ms, p99 %.2f ms; search only p50 %.2f ms, p99 %.2f ms%n",
                RetrievalEvaluation.RANKED_DEPTH, count, withEmbedding.size(), withEmbedding.millis(50), withEmbedding.millis(99),
                searchOnly.millis(50), searchOnly.millis(99));
        out.printf("CPU per measured query (process CPU time / queries, embedding included): %.2f ms%n",
                (Machine.processCpuNanos() - cpuStart) / 1e6 / withEmbedding.size());
        out.println("at the end: " + Machine.describe());
    }

    /** {@code count} chunks of sentences picked with a fixed seed; ten chunks to a synthetic document. */
    static List<Chunk> syntheticChunks(RagCorpus corpus, int count) {
        List<String> sentences = new ArrayList<>();
        corpus.documents().forEach(document -> document.paragraphs().forEach(paragraph -> sentences.addAll(List.of(paragraph.split("(?<=[.!?])\\s+")))));
        Random random = new Random(15);
        List<Chunk> chunks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < SENTENCES_PER_CHUNK; s++) {
                text.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            chunks.add(new Chunk("s-" + i, "s-" + i / 10, i % 10, text.toString()));
        }
        return chunks;
    }
}

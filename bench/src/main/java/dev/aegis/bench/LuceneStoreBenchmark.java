package dev.aegis.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.ScoredRecord;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorQuery;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.plugin.lucene.LuceneStoreConfig;
import dev.aegis.plugin.lucene.LuceneVectorStore;
import dev.aegis.plugin.lucene.LuceneVectorStoreFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The {@code lucene} vector store alone — no embedding (vectors are random unit vectors; the embedder's
 * cost is measured on its own): ingesting 10,000 chunks of ~100 words with 384-dimension vectors, 50
 * chunks (one document) per upsert with a commit each, and hybrid queries (top 5, kNN + BM25 fused) over
 * those 10,000 chunks in two teams' collections, with the caller's access filter.
 *
 * <p>Run: {@code bench/run-jmh.sh LuceneStoreBenchmark -f 1 -wi 1 -i 3}. {@code ingest} reports seconds per
 * 10,000 chunks (single shot); {@code hybridQuery} reports the latency distribution (p50, p99).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class LuceneStoreBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static final int CHUNKS = 10_000;
    static final int DIMENSIONS = 384;
    static final int WORDS_PER_CHUNK = 100;
    static final int CHUNKS_PER_UPSERT = 50;

    /** 0: a commit per upsert (the default); more: the background commit interval. */
    @Param({"0"})
    public int commitIntervalMillis;

    private Path directory;
    private LuceneVectorStore store;
    private final Random random = new Random(42);
    private final Corpus corpus = new Corpus(new Random(7));
    private List<VectorQuery> queries;
    private int next;

    /** A store with 10,000 chunks for the query benchmark; a fresh one per ingest. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("aegis-lucene-bench");
        queries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            queries.add(VectorQuery.hybrid(List.of("team-a", "team-b"), corpus.unitVector(random), corpus.words(random, 5), 5,
                    Set.of(Readers.team(i % 2 == 0 ? "a" : "b"))));
        }
    }

    @Setup(Level.Iteration)
    public void freshStore() throws IOException {
        closeStore();
        Path index = directory.resolve("index-" + System.nanoTime());
        store = LuceneVectorStoreFactory.open(new LuceneStoreConfig(Optional.empty(), Duration.ofMillis(commitIntervalMillis), Optional.empty()),
                index);
        store.putCollection(new VectorCollection("team-a", DIMENSIONS, Set.of(Readers.team("a")), Map.of(), Instant.EPOCH));
        store.putCollection(new VectorCollection("team-b", DIMENSIONS, Set.of(Readers.team("b")), Map.of(), Instant.EPOCH));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long ingest() {
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        ingestInto(store, corpus, random);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuAtStart) / 1e9;
        // CPU seconds tell more than wall time on a shared machine: chunks/s per core = CHUNKS / cpuSeconds
        System.out.printf("  [%d chunks in %.2f s: %.0f chunks/s; process CPU %.2f s = %.0f chunks per CPU-second]%n", CHUNKS, seconds,
                CHUNKS / seconds, cpuSeconds, CHUNKS / cpuSeconds);
        return store.count("team-a", Map.of());
    }

    /** Queries run against a store filled once, outside the measurement. */
    @State(Scope.Benchmark)
    public static class Filled {
        LuceneVectorStore store;
        Path directory;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("aegis-lucene-bench-query");
            store = LuceneVectorStoreFactory.open(LuceneStoreConfig.EMBEDDED, directory);
            store.putCollection(new VectorCollection("team-a", DIMENSIONS, Set.of(Readers.team("a")), Map.of(), Instant.EPOCH));
            store.putCollection(new VectorCollection("team-b", DIMENSIONS, Set.of(Readers.team("b")), Map.of(), Instant.EPOCH));
            ingestInto(store, new Corpus(new Random(3)), new Random(5));
        }

        long cpuNanos;
        long queries;

        /** The querying thread's own CPU per query: on a shared machine, wall-clock latency mostly measures the neighbours. */
        @TearDown(Level.Iteration)
        public void printCpu() {
            if (queries > 0) {
                System.out.printf("  [querying thread CPU %.3f ms/query over %d queries]%n", cpuNanos / 1e6 / queries, queries);
            }
            cpuNanos = 0;
            queries = 0;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            deleteTree(directory);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ScoredRecord> hybridQuery(Filled filled) {
        VectorQuery query = queries.get(next++ % queries.size());
        long cpuAtStart = THREADS.getCurrentThreadCpuTime();
        List<ScoredRecord> found = filled.store.search(query);
        filled.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        filled.queries++;
        return found;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        closeStore();
        deleteTree(directory);
    }

    private void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void ingestInto(LuceneVectorStore store, Corpus corpus, Random random) {
        for (int start = 0; start < CHUNKS; start += CHUNKS_PER_UPSERT) {
            List<VectorRecord> batch = new ArrayList<>(CHUNKS_PER_UPSERT);
            String document = "doc-" + start / CHUNKS_PER_UPSERT;
            for (int chunk = 0; chunk < CHUNKS_PER_UPSERT; chunk++) {
                batch.add(new VectorRecord(document + "-" + chunk, corpus.unitVector(random), corpus.words(random, WORDS_PER_CHUNK),
                        Map.of(VectorRecord.DOCUMENT, document, VectorRecord.CHUNK, Integer.toString(chunk))));
            }
            store.upsert((start / CHUNKS_PER_UPSERT) % 2 == 0 ? "team-a" : "team-b", batch);
        }
    }

    /** Seeded pseudo-words (a 5,000-word vocabulary with a skewed, Zipf-like use) and random unit vectors. */
    static final class Corpus {
        private final String[] vocabulary = new String[5_000];

        Corpus(Random random) {
            String letters = "abcdefghijklmnopqrstuvwxyz";
            for (int i = 0; i < vocabulary.length; i++) {
                StringBuilder word = new StringBuilder();
                for (int length = 3 + random.nextInt(7); word.length() < length; ) {
                    word.append(letters.charAt(random.nextInt(letters.length())));
                }
                vocabulary[i] = word.toString();
            }
        }

        String words(Random random, int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                double skewed = Math.pow(random.nextDouble(), 3);
                text.append(i == 0 ? "" : " ").append(vocabulary[(int) (skewed * vocabulary.length)]);
            }
            return text.toString();
        }

        float[] unitVector(Random random) {
            float[] vector = new float[DIMENSIONS];
            double norm = 0;
            for (int i = 0; i < DIMENSIONS; i++) {
                vector[i] = (float) random.nextGaussian();
                norm += vector[i] * vector[i];
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < DIMENSIONS; i++) {
                vector[i] *= scale;
            }
            return vector;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

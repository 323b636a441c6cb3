package dev.aegis.bench;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.plugin.embeddings.local.LocalEmbeddingConfig;
import dev.aegis.plugin.embeddings.local.LocalEmbeddingProviderFactory;
import dev.aegis.testkit.FakePluginContext;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The {@code local} embedder (all-MiniLM-L6-v2 in process), as a route calls it: one sentence; a
 * request of 32 sentences; and single-sentence requests from 8 threads at once. Modes: one text per
 * inference ({@code max-batch: 1}), batched within a request only ({@code coalesce: false}), and
 * batched with concurrent requests coalesced into shared inferences (the defaults). ms per call.
 * {@code bench/run-jmh.sh LocalEmbeddingBenchmark -jvmArgsAppend --enable-native-access=ALL-UNNAMED}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LocalEmbeddingBenchmark {

    private static final String[] SENTENCES = {
        "How do I reset the password of my account?",
        "Refunds are paid back to the original card within five working days.",
        "The quarterly report shows revenue growth in every region except the north.",
        "Our office in Lisbon is closed on public holidays.",
        "Please escalate tickets about failed payments to the on-call engineer.",
        "Which plans include single sign-on and audit logs?",
        "The API rate limit is 600 requests per minute per key.",
        "Delete the staging database only after the backup has been verified.",
    };

    @Param({"one-per-inference", "batched", "coalesced"})
    public String mode;

    private EmbeddingProvider embedder;
    private List<String> batch;
    private final AtomicLong next = new AtomicLong();

    @Setup
    public void setUp() throws Exception {
        LocalEmbeddingConfig config = ConfigBinding.bindYaml(LocalEmbeddingConfig.class, switch (mode) {
            case "one-per-inference" -> "{max-batch: 1, coalesce: false}";
            case "batched" -> "{max-batch: 32, coalesce: false}";
            default -> "{max-batch: 32, coalesce: true}";
        });
        embedder = new LocalEmbeddingProviderFactory().create(config,
                FakePluginContext.named("minilm").withDataDirectory(Files.createTempDirectory("aegis-bench-minilm")));
        batch = IntStream.range(0, 32).mapToObj(this::sentence).toList();
    }

    @TearDown
    public void tearDown() throws Exception {
        ((AutoCloseable) embedder).close();
    }

    /** A different text each call (numbered), so no call repeats the last. */
    private String sentence(long i) {
        return SENTENCES[(int) (i % SENTENCES.length)] + " (" + i + ")";
    }

    @Benchmark
    public List<float[]> oneSentence() {
        return embedder.embed(List.of(sentence(next.incrementAndGet())));
    }

    @Benchmark
    public List<float[]> batchOf32() {
        return embedder.embed(batch);
    }

    @Benchmark
    @Threads(8)
    public List<float[]> concurrentSingles() {
        return embedder.embed(List.of(sentence(next.incrementAndGet())));
    }
}

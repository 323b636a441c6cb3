package dev.aegis.bench;

import dev.aegis.server.vectors.Chunker;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cutting 1 MB of prose (paragraphs of sentences of seeded random words) into chunks, as the vector store API
 * does before embedding: OpenAI's default of 800 tokens with 400 of overlap, and small chunks of 200 with 50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChunkerBenchmark {

    @Param({"800/400", "200/50"})
    public String chunking;

    private Chunker chunker;
    private String text;

    @Setup
    public void setUp() {
        String[] sizes = chunking.split("/");
        chunker = new Chunker(Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
        Random random = new Random(1);
        StringBuilder prose = new StringBuilder(1 << 20);
        while (prose.length() < 1 << 20) {
            for (int sentence = random.nextInt(2, 8); sentence > 0; sentence--) {
                for (int word = random.nextInt(5, 20); word > 0; word--) {
                    prose.append("abcdefghijklmnopqrstuvwxyz", 0, random.nextInt(1, 12)).append(' ');
                }
                prose.setCharAt(prose.length() - 1, '.');
                prose.append(' ');
            }
            prose.append("\n\n");
        }
        text = prose.toString();
    }

    @Benchmark
    public List<String> chunkOneMegabyte() {
        return chunker.chunk(text);
    }
}

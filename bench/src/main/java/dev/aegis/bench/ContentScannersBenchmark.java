package dev.aegis.bench;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.BannedSubstringsConfig;
import dev.aegis.pack.llmguard.scanners.BannedSubstringsFactory;
import dev.aegis.pack.llmguard.scanners.BannedTopicsConfig;
import dev.aegis.pack.llmguard.scanners.BannedTopicsFactory;
import dev.aegis.pack.llmguard.scanners.InvisibleTextConfig;
import dev.aegis.pack.llmguard.scanners.InvisibleTextFactory;
import dev.aegis.pack.llmguard.scanners.LanguageConfig;
import dev.aegis.pack.llmguard.scanners.LanguageFactory;
import dev.aegis.pack.llmguard.scanners.UrlsConfig;
import dev.aegis.pack.llmguard.scanners.UrlsFactory;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One scan of a 1 kB English text with a link, a markdown image and no finding for most scanners,
 * by each content scanner of the llm-guard pack, as the runtime calls it (normalised view included).
 * {@code banned-substrings} holds 100 competitor names; {@code banned-topics} 5 topics of 10 phrases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentScannersBenchmark {

    private static final String SENTENCE = "Our quarterly report shows revenue grew by twelve percent while costs stayed flat; "
            + "see https://docs.example.com/q3?tab=summary and ![chart](https://cdn.example.com/c.png) for details. ";

    @Param({"invisible-text", "banned-substrings", "banned-topics", "language", "urls"})
    public String scanner;

    private Guardrail guard;
    private Content content;
    private final RunState state = TestRuns.state("hi");

    @Setup
    public void setUp() {
        FakePluginContext context = FakePluginContext.create();
        List<String> names = IntStream.range(0, 100).mapToObj(i -> "Competitor " + i + " Inc").toList();
        List<BannedTopicsConfig.Topic> topics = IntStream.range(0, 5).mapToObj(t -> new BannedTopicsConfig.Topic("topic-" + t,
                new BannedTopicsConfig.Keywords(IntStream.range(0, 10).mapToObj(p -> "phrase " + t + " number " + p).toList()))).toList();
        guard = switch (scanner) {
            case "invisible-text" -> new InvisibleTextFactory().create(InvisibleTextConfig.defaults(), context);
            case "banned-substrings" -> new BannedSubstringsFactory().create(new BannedSubstringsConfig(
                    List.of(new BannedSubstringsConfig.Rule("competitors", names)), null, null, null, null, null), context);
            case "banned-topics" -> new BannedTopicsFactory().create(new BannedTopicsConfig(topics, null, null, null), context);
            case "language" -> new LanguageFactory().create(LanguageConfig.allowing("en", "de"), context);
            case "urls" -> new UrlsFactory().create(new UrlsConfig(List.of("example.com"), List.of("evil.net"), null, null, null, null, null, null), context);
            default -> throw new IllegalArgumentException(scanner);
        };
        content = Content.of(ScanTarget.RESPONSE, SENTENCE.repeat(1024 / SENTENCE.length() + 1).substring(0, 1024));
    }

    @Benchmark
    public Verdict scan() {
        return guard.scan(content, state);
    }
}

package dev.aegis.bench;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.InjectionGuardFactory;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
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
 * One {@code injection-guard} scan with the embedding layer over the in-process MiniLM embedder
 * ({@code local}, one thread, batches of one): the layer run on every text ({@code always}) or only
 * where the other layers are unsure ({@code gated}, the default band); the prompts of
 * {@link InjectionGuardBenchmark}, plus a 1 kB prompt the linear layers are unsure of.
 * {@code bench/run-jmh.sh InjectionGuardEmbeddingBenchmark -jvmArgsAppend --enable-native-access=ALL-UNNAMED}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InjectionGuardEmbeddingBenchmark {

    @Param({"gated", "always"})
    public String embedding;

    @Param({"benign", "injected", "short"})
    public String prompt;

    private Guardrail guard;
    private Content content;
    private RunState state;

    @Setup
    public void setUp() {
        EmbeddingProvider minilm = localEmbedder();
        String band = embedding.equals("always") ? ", gate-low: 0, gate-high: 1" : "";
        InjectionGuardConfig config = ConfigBinding.bindYaml(InjectionGuardConfig.class, "embedding: {embedder: minilm" + band + "}");
        guard = new InjectionGuardFactory().create(config, new OneEmbedder(minilm));
        String text = InjectionGuardBenchmark.text(prompt);
        content = Content.of(ScanTarget.PROMPT, text);
        state = TestRuns.state(text);
    }

    @Benchmark
    public Verdict scan() {
        return guard.scan(content, state);
    }

    private static EmbeddingProvider localEmbedder() {
        for (AegisPlugin plugin : ServiceLoader.load(AegisPlugin.class)) {
            for (EmbeddingProviderFactory<?> factory : plugin.embeddingProviders()) {
                if (factory.name().equals("local")) {
                    return create(factory);
                }
            }
        }
        throw new IllegalStateException("the local embedder (aegis-embeddings-local) is not on the class path");
    }

    private static <C extends Record> EmbeddingProvider create(EmbeddingProviderFactory<C> factory) {
        return factory.create(ConfigBinding.bindYaml(factory.configType(), "{threads: 1, max-batch: 8}"), FakePluginContext.named("minilm"));
    }

    /** The runtime's context as a guard sees it, with one embedder named {@code minilm}. */
    private record OneEmbedder(EmbeddingProvider embedder) implements PluginContext {
        @Override
        public <T> Optional<T> lookup(Class<T> contract, String name) {
            return contract == EmbeddingProvider.class && name.equals("minilm") ? Optional.of(contract.cast(embedder)) : Optional.empty();
        }

        @Override
        public List<String> names(Class<?> contract) {
            return contract == EmbeddingProvider.class ? List.of("minilm") : List.of();
        }

        @Override
        public String instanceName() {
            return "injection-guard";
        }

        @Override
        public Map<String, String> labels() {
            return Map.of();
        }

        @Override
        public Path dataDirectory() {
            return FakePluginContext.create().dataDirectory();
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }
}

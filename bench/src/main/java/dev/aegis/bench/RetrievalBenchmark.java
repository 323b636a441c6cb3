package dev.aegis.bench;

import dev.aegis.api.PluginContext;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.api.vector.VectorRecord;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.InjectionGuardFactory;
import dev.aegis.pack.rag.RetrieveConfig;
import dev.aegis.pack.rag.RetrieveFactory;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.runtime.RunResult;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.InMemoryVectorStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What retrieval adds to a run, apart from the store and the embedder: five passages of 1 kB each
 * carried through a compiled route (scanned by an ingress guard as chunks, put into the request as
 * delimited data) against the same route without passages; the same with {@code injection-guard} on
 * the chunks; and the {@code retrieve} node itself over the testkit's exact in-memory store (1,000
 * chunks, 64 dimensions, hashed bag-of-words embedder), which a real store and embedder replace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RetrievalBenchmark {

    private static final Guardrail NO_OP_GUARD = (content, state) -> Verdict.allow();
    private static final String[] WORDS = {"refund", "card", "invoice", "salary", "leave", "travel", "contract", "laptop", "password",
        "budget", "holiday", "audit", "payroll", "pension", "badge", "office", "vendor", "tax", "bonus", "shipping"};

    private CompiledRoute withoutPassages;
    private CompiledRoute withPassages;
    private CompiledRoute withInjectionGuard;
    private PipelineNode retrieve;
    private RunState request;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            passages.add(new Passage("doc-" + i + "#0", "handbook", "doc-" + i + ".md", 0, sentence(random, 1024), 0.03));
        }
        PipelineNode fixed = state -> StateDelta.of(RunState.PASSAGES, List.copyOf(passages));
        Guardrail injection = new InjectionGuardFactory().create(ConfigBinding.bindYaml(InjectionGuardConfig.class, ""), FakePluginContext.create());
        withoutPassages = route(Optional.empty(), NO_OP_GUARD);
        withPassages = route(Optional.of(fixed), NO_OP_GUARD);
        withInjectionGuard = route(Optional.of(fixed), injection);

        InMemoryVectorStore store = new InMemoryVectorStore();
        store.putCollection(new VectorCollection("handbook", 64, Set.of("team:payments"), Map.of(), FakePluginContext.EPOCH));
        List<VectorRecord> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = sentence(random, 400);
            records.add(new VectorRecord("c-" + i, FakeEmbeddingProvider.vectorOf(text, 64), text,
                    Map.of(VectorRecord.DOCUMENT, "doc-" + (i / 10) + ".md", VectorRecord.CHUNK, Integer.toString(i % 10))));
        }
        store.upsert("handbook", records);
        retrieve = new RetrieveFactory().create(RetrieveConfig.of(List.of("handbook")), new Lookups(store, new FakeEmbeddingProvider(64)));
        request = RunState.start("run-1", "bench", Principal.of("alice", "payments"),
                List.of(Message.system("You are terse."), Message.user("How do refunds of travel costs work?")));
    }

    @Benchmark
    public RunResult routeWithoutPassages() {
        return withoutPassages.invoke(request);
    }

    @Benchmark
    public RunResult routeWithFivePassages() {
        return withPassages.invoke(request);
    }

    @Benchmark
    public RunResult routeWithFivePassagesAndInjectionGuard() {
        return withInjectionGuard.invoke(request);
    }

    @Benchmark
    public StateDelta retrieveNodeInMemoryStore() {
        return retrieve.apply(request);
    }

    private static CompiledRoute route(Optional<PipelineNode> retrieving, Guardrail guard) {
        List<Step> ingress = new ArrayList<>();
        retrieving.ifPresent(node -> ingress.add(new Step("ingress.1.retrieve", "retrieve", new Step.NodeAction(node), OnError.BLOCK)));
        ingress.add(new Step("ingress.2.guard", "guard", new Step.GuardAction(guard), OnError.BLOCK));
        RoutePlan plan = new RoutePlan("bench", List.of("bench-model"), ingress, Optional.empty(),
                new ExecutePlan(List.of(new ProviderBinding("instant", "instant", new InstantProvider(), Target.of("instant"))), 0),
                List.of(), Durability.NONE);
        return new RouteCompiler().compile(plan, Hooks.none());
    }

    private static String sentence(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
        }
        return text.substring(0, length);
    }

    /** Finds the one store and the one embedder, as the kernel's context finds configured instances. */
    private record Lookups(VectorStoreProvider store, EmbeddingProvider embedder) implements PluginContext {

        @Override
        public <T> Optional<T> lookup(Class<T> contract, String name) {
            Object found = contract == VectorStoreProvider.class ? store : contract == EmbeddingProvider.class ? embedder : null;
            return Optional.ofNullable(found).filter(contract::isInstance).map(contract::cast);
        }

        @Override
        public List<String> names(Class<?> contract) {
            return contract == VectorStoreProvider.class || contract == EmbeddingProvider.class ? List.of("only") : List.of();
        }

        @Override
        public String instanceName() {
            return "retrieve";
        }

        @Override
        public Map<String, String> labels() {
            return Map.of();
        }

        @Override
        public Path dataDirectory() {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }
}

package dev.aegis.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.budgets.BudgetsConfig;
import dev.aegis.pack.budgets.BudgetsFactory;
import dev.aegis.testkit.FakePluginContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One governed request as the runtime drives the budgets node: {@code apply} on entry, then
 * {@code onRunEnd} with the usage the provider reported — against SQLite in a temporary directory,
 * with leases (the default) or in exact mode. Six counters per run (the team's day and month spend,
 * rpm and tpm, the key's day and month spend), all limited far above what a run reaches.
 * Each iteration also prints the process CPU per request, which includes the keeper's group commits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BudgetsBenchmark {

    private static final String CONFIG = """
            currency: USD
            prices:
              gpt-4o-mini: {input: 0.15, output: 0.60}
            limits:
              teams:
                payments: {spend: {day: 1000000, month: 10000000}, rpm: 1000000000, tpm: 1000000000000}
              default-key: {spend: {day: 100000, month: 1000000}}
            leases: %s
            store: {type: sqlite}
            """;

    private static final Principal ALICE = Principal.of("alice", "payments");
    private static final List<Message> MESSAGES = List.of(
            Message.system("You are a terse assistant. Answer in one sentence."),
            Message.user("What is the capital of France, and why is it famous?"));
    private static final ChatOptions OPTIONS = new ChatOptions("gpt-4o-mini", List.of(), Map.of("max_tokens", "256"));
    private static final Usage USAGE = Usage.ofTokens(40, 25);

    @Param({"true"})
    public String leases;

    private Path directory;
    private PipelineNode node;
    private RunEndListener settler;
    private final LongAdder ops = new LongAdder();
    private long cpuAtStart;
    private long opsAtStart;

    @Setup
    public void open() throws IOException {
        directory = Files.createTempDirectory("aegis-budgets-bench-");
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, CONFIG.formatted(leases));
        node = new BudgetsFactory().create(config,
                FakePluginContext.named("budgets").withDataDirectory(directory).withClock(Clock.systemUTC()));
        settler = (RunEndListener) node;
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpuAtStart = processCpuNanos();
        opsAtStart = ops.sum();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        long requests = ops.sum() - opsAtStart;
        double micros = (processCpuNanos() - cpuAtStart) / 1e3 / Math.max(1, requests);
        System.out.printf("  [process CPU %.1f us/request over %d requests]%n", micros, requests);
    }

    @TearDown
    public void close() throws Exception {
        ((AutoCloseable) node).close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Each thread's run ids. */
    @State(Scope.Thread)
    public static class Runs {
        private static final LongAdder THREADS = new LongAdder();
        private final String prefix;
        private long next;

        public Runs() {
            THREADS.increment();
            prefix = "run-" + THREADS.sum() + "-";
        }

        RunState next() {
            return RunState.start(prefix + next++, "chat", ALICE, MESSAGES).apply(StateDelta.of(RunState.CHAT_OPTIONS, OPTIONS));
        }
    }

    /** Admit, answer, settle: what the budgets node adds to one governed request. */
    @Benchmark
    public RunState admitAndSettle(Runs runs) {
        RunState state = runs.next();
        state = state.apply(node.apply(state));
        state = state.apply(StateDelta.of(RunState.MODEL, "gpt-4o-mini").with(RunState.USAGE, USAGE).with(RunState.FINISH_REASON, "stop"));
        settler.onRunEnd(state);
        ops.increment();
        return state;
    }

    /** The same run states without the node: the floor the node adds to. */
    @Benchmark
    public RunState withoutBudgets(Runs runs) {
        RunState state = runs.next();
        state = state.apply(StateDelta.of(RunState.MODEL, "gpt-4o-mini").with(RunState.USAGE, USAGE).with(RunState.FINISH_REASON, "stop"));
        ops.increment();
        return state;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

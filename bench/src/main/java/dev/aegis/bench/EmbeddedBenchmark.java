package dev.aegis.bench;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunRequest;
import dev.aegis.embedded.AegisEmbedded;
import dev.aegis.embedded.EmbeddedAegis;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RunResult;
import dev.aegis.server.GatewayAssembly;
import dev.aegis.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One run through the embedded gateway ({@code aegis.runs().create}, as an application calls it) against
 * the same route's {@link CompiledRoute#invoke} on a gateway assembled the same way (the run-end sink
 * included: the audit log, the run store). The difference is what embedded mode adds per run: the
 * principal's access check, the run document rendered and read into the SDK's records. SQLite syncs at
 * WAL checkpoints only ({@code sqlite-sync: normal}), so the disk's fsync does not swamp the difference. Two routes on
 * the mock model: a passthrough, and a governed one (pii-mask, a regex guard, pii-unmask).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EmbeddedBenchmark {

    private static final String KEY = "bench-key";
    private static final String CONFIG = """
            data-dir: "%s"
            state: {sqlite-sync: normal}   # the fsync of a lone run's audit commit would hide what embedded mode adds
            auth:
              - type: api-key
                config:
                  keys:
                    - {hash: "sha256:%s", principal: alice, team: payments}
            providers:
              local: {type: mock}
            nodes:
              house-rules:
                type: regex-guard
                config:
                  rules:
                    - {name: private-key, pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----'}
            routes:
              passthrough:
                models: [mock-pass]
                execute: {providers: [local]}
                durability: none
              governed:
                models: [mock-governed]
                ingress: [pii-mask, house-rules]
                execute: {providers: [local]}
                egress: [house-rules, pii-unmask]
                durability: none
            """;
    private static final String TEXT = "Please email alice.smith@example.com the summary of invoice 42.";
    private static final Principal ALICE = Principal.of("alice", "payments");

    private final AtomicLong runs = new AtomicLong();
    private Path directory;
    private EmbeddedAegis embedded;
    private EmbeddedAegis alice;
    private Kernel kernel;
    private GatewayAssembly assembly;
    private CompiledRoute passthrough;
    private CompiledRoute governed;

    @Setup
    public void load() throws Exception {
        directory = Files.createTempDirectory("aegis-embedded-bench");
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(KEY.getBytes()));
        Path embeddedConfig = Files.writeString(directory.resolve("embedded.yaml"), CONFIG.formatted(directory.resolve("embedded"), hash));
        Path directConfig = Files.writeString(directory.resolve("direct.yaml"), CONFIG.formatted(directory.resolve("direct"), hash));
        embedded = AegisEmbedded.load(embeddedConfig);
        alice = embedded.as(KEY);
        kernel = Kernel.boot(KernelOptions.of(directConfig).withSections(GatewayAssembly.SECTIONS));
        assembly = GatewayAssembly.build(kernel.assembly(), ServerConfig.defaults(), UnaryOperator.identity());
        passthrough = assembly.gateway().route("passthrough", ALICE);
        governed = assembly.gateway().route("governed", ALICE);
    }

    @Benchmark
    public Run embeddedPassthrough() {
        return alice.runs().create(RunRequest.of("passthrough", TEXT));
    }

    @Benchmark
    public Run embeddedGoverned() {
        return alice.runs().create(RunRequest.of("governed", TEXT));
    }

    @Benchmark
    public RunResult compiledRoutePassthrough() {
        return passthrough.invoke(state("passthrough"), ChatOptions.DEFAULTS);
    }

    @Benchmark
    public RunResult compiledRouteGoverned() {
        return governed.invoke(state("governed"), ChatOptions.DEFAULTS);
    }

    private RunState state(String route) {
        return RunState.start("run_bench_" + runs.incrementAndGet(), route, ALICE, List.of(Message.user(TEXT)));
    }

    @TearDown
    public void close() throws IOException {
        embedded.close();
        assembly.close();
        kernel.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

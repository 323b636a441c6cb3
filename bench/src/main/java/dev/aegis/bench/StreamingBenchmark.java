package dev.aegis.bench;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.kernel.plan.ExecutePlan;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.ProviderBinding;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.StreamListener;
import dev.aegis.server.internal.CompletionWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-chunk path of a streamed run, in process: a provider's chunks (already parsed, as they
 * come out of a provider's stream) through the compiled route's egress gate to SSE bytes, written as
 * the server writes them. One operation is one chunk of a 1,000-chunk stream; the stream's fixed
 * cost (starting the run, ending it) is spread over its chunks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamingBenchmark {

    private static final int CHUNKS = 1_000;
    private static final String TEXT = "The quick brown fox jumps over the lazy dog while the benchmark counts every chunk it sees. ";

    /** A window guard as a masking guard looks: scans what it holds for a pattern that never matches here. */
    private static final Guardrail WINDOW_GUARD = new Guardrail() {
        private final Pattern secret = Pattern.compile("sk-[A-Za-z0-9]{20,}");

        @Override
        public Verdict scan(Content content, RunState state) {
            return secret.matcher(content.text()).find() ? Verdict.block("a secret", List.of()) : Verdict.allow();
        }

        @Override
        public StreamingGuarantee streaming() {
            return StreamingGuarantee.window(64);
        }
    };

    private CompiledRoute passthrough;
    private CompiledRoute windowed;
    private RunState request;

    @Setup
    public void compile() {
        List<ChatChunk> chunks = new ArrayList<>(CHUNKS + 1);
        for (int i = 0; i < CHUNKS; i++) {
            int at = (i * 3) % (TEXT.length() - 3);
            chunks.add(ChatChunk.text(TEXT.substring(at, at + 3)));
        }
        chunks.add(ChatChunk.finish("stop", Usage.ofTokens(12, CHUNKS)));
        ModelProvider provider = new StreamingProvider(List.copyOf(chunks));
        passthrough = new RouteCompiler().compile(plan(provider, List.of()), Hooks.none());
        windowed = new RouteCompiler().compile(plan(provider,
                List.of(new Step("egress.1.window", "window", new Step.GuardAction(WINDOW_GUARD), OnError.BLOCK))), Hooks.none());
        request = RunState.start("run-1", "bench", Principal.of("alice", "payments"), List.of(Message.user("Tell a story.")));
    }

    private static RoutePlan plan(ModelProvider provider, List<Step> egress) {
        return new RoutePlan("bench", List.of("bench-model"), List.of(), Optional.empty(),
                new ExecutePlan(List.of(new ProviderBinding("instant", "instant", provider, Target.of("instant"))), 0),
                egress, Durability.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(CHUNKS)
    public RunResult passthroughChunk() {
        return passthrough.stream(request, new SseBytes());
    }

    @Benchmark
    @OperationsPerInvocation(CHUNKS)
    public RunResult windowGuardChunk() {
        return windowed.stream(request, new SseBytes());
    }

    /** Writes what is released as the server's SSE listener does, into memory. */
    private static final class SseBytes implements StreamListener {

        private final CompletionWriter writer = new CompletionWriter("run-1", "bench-model", 1_700_000_000L);
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

        @Override
        public void onText(String text) {
            try {
                writer.writeTextEvent(out, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onToolCall(ToolCallDelta delta) {
            out.writeBytes(writer.toolCallChunk(delta, false));
        }

        @Override
        public void onEnd(RunResult result) {
            out.writeBytes(writer.finishChunk(result.finishReason().orElse("stop"), false));
        }
    }

    /** Streams the same chunks, every one already there, as a provider reading a buffered body does. */
    private record StreamingProvider(List<ChatChunk> chunks) implements ModelProvider {

        @Override
        public ChatResponse complete(ChatRequest request) {
            throw new UnsupportedOperationException("the bench measures streamed runs");
        }

        @Override
        public ChatStream stream(ChatRequest request) {
            return new ChatStream() {
                private int next;

                @Override
                public Optional<ChatChunk> next() {
                    return next < chunks.size() ? Optional.of(chunks.get(next++)) : Optional.empty();
                }

                @Override
                public boolean ready() {
                    return true;
                }

                @Override
                public void close() {}
            };
        }
    }
}

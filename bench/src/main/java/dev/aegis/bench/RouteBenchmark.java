package dev.aegis.bench;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Target;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One run of a compiled four-stage route (a no-op ingress guard, a no-op router, execute against an
 * instant provider, a no-op egress guard), against the same work done by direct calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RouteBenchmark {

    private static final Guardrail NO_OP_GUARD = (content, state) -> Verdict.allow();
    private static final PipelineNode NO_OP_ROUTER = state -> StateDelta.empty();

    private final ModelProvider provider = new InstantProvider();
    private CompiledRoute route;
    private CompiledRoute throughGraph;
    private CompiledRoute traced;
    private OpenTelemetrySdk telemetry;
    private RunState request;

    @Setup
    public void compile() {
        RoutePlan plan = new RoutePlan(
                "bench",
                List.of("bench-model"),
                List.of(new Step("ingress.1.no-op", "no-op", new Step.GuardAction(NO_OP_GUARD), OnError.BLOCK)),
                Optional.of(new Step("route.no-op", "no-op", new Step.NodeAction(NO_OP_ROUTER), OnError.BLOCK)),
                new ExecutePlan(List.of(new ProviderBinding("instant", "instant", provider, Target.of("instant"))), 0),
                List.of(new Step("egress.1.no-op", "no-op", new Step.GuardAction(NO_OP_GUARD), OnError.BLOCK)),
                Durability.NONE);
        route = new RouteCompiler().compile(plan, Hooks.none());
        throughGraph = new RouteCompiler().alwaysThroughGraph().compile(plan, Hooks.none());
        // Every span recorded and batched, then dropped by the exporter; metrics aggregated for a reader.
        telemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(new DroppingExporter()).build()).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
                .build();
        traced = new RouteCompiler().withTelemetry(telemetry).compile(plan, Hooks.none());
        request = RunState.start("run-1", "bench", Principal.of("alice", "payments"),
                List.of(Message.system("You are terse."), Message.user("Say hello.")));
    }

    /** The route as it runs with {@code durability: none}: the compiled chain, walked directly. */
    @Benchmark
    public RunResult compiledRoute() {
        return route.invoke(request);
    }

    /**
     * {@link #compiledRoute} with telemetry on: a span per step and a client span for the provider
     * call (all sampled), and the run's metrics. The export itself runs on the SDK's thread.
     */
    @Benchmark
    public RunResult compiledRouteTraced() {
        return traced.invoke(request);
    }

    @TearDown
    public void close() {
        telemetry.close();
    }

    /** Takes spans and drops them: the benchmark measures recording, not a wire format. */
    private static final class DroppingExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(java.util.Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** The same compiled route through the LangGraph4j engine, as durable routes run (no checkpoint writes here). */
    @Benchmark
    public RunResult compiledRouteThroughGraph() {
        return throughGraph.invoke(request);
    }

    /** The same guard, router and provider calls without the graph: the floor the graph adds to. */
    @Benchmark
    public RunState directCalls() {
        RunState state = request;
        for (Message message : state.messages()) {
            NO_OP_GUARD.scan(Content.of(ScanTarget.PROMPT, message.content()), state);
        }
        state = state.apply(NO_OP_ROUTER.apply(state));
        ChatResponse response = provider.complete(ChatRequest.of("", state.messages()));
        state = state.apply(StateDelta.of(RunState.USAGE, response.usage()));
        NO_OP_GUARD.scan(Content.of(ScanTarget.RESPONSE, response.message().content()), state);
        return state;
    }
}

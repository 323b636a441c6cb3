package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.durable.internal.DurableRuns;
import dev.aegis.runtime.internal.graph.RouteEngine;
import dev.aegis.runtime.internal.steps.ProviderBreakers;
import dev.aegis.runtime.internal.telemetry.RunTelemetry;
import dev.aegis.runtime.tools.ToolPins;
import java.util.Optional;

/** Compiles routes into graphs, once per route at startup. */
public final class RouteCompiler {

    private final RetryBackoff backoff;
    private final ProviderBreakers breakers;
    private final boolean alwaysThroughGraph;
    private final Optional<DurableRuns> durable;
    private final ToolPins pins;
    private final RunTelemetry telemetry;
    private final RunSink sink;

    public RouteCompiler() {
        this(RetryBackoff.DEFAULT, CircuitBreakerPolicy.DEFAULT);
    }

    /** @param backoff the wait before retrying a provider; {@link RetryBackoff#NONE} in tests */
    public RouteCompiler(RetryBackoff backoff) {
        this(backoff, CircuitBreakerPolicy.DEFAULT);
    }

    /**
     * @param breakers when a provider is taken out of rotation; one circuit per provider is shared by
     *     every route this compiler compiles
     */
    public RouteCompiler(RetryBackoff backoff, CircuitBreakerPolicy breakers) {
        this(backoff, new ProviderBreakers(requireNonNull(breakers, "breakers")), false, Optional.empty(),
                ToolPins.inMemory(java.time.Clock.systemUTC()), RunTelemetry.OFF, RunSink.NONE);
    }

    private RouteCompiler(RetryBackoff backoff, ProviderBreakers breakers, boolean alwaysThroughGraph, Optional<DurableRuns> durable,
            ToolPins pins, RunTelemetry telemetry, RunSink sink) {
        this.backoff = requireNonNull(backoff, "backoff");
        this.breakers = breakers;
        this.alwaysThroughGraph = alwaysThroughGraph;
        this.durable = durable;
        this.pins = pins;
        this.telemetry = telemetry;
        this.sink = sink;
    }

    /**
     * The tool definitions this compiler's routes trust, to list and approve: in memory, or in the
     * store given to {@link #withDurability}.
     */
    public ToolPins toolPins() {
        return pins;
    }

    /**
     * A compiler whose durable routes ({@code pause-and-end}, {@code every-step}) keep paused runs in
     * {@code store}, so that {@link CompiledRoute#resume} can decide them, here or in another process.
     * Without a store, a durable route runs in memory and refuses a run that needs approval
     * ({@code approval_unavailable}), as a route with {@code durability: none} always does.
     */
    public RouteCompiler withDurability(DurableStore store) {
        requireNonNull(store, "store");
        return new RouteCompiler(backoff, breakers, alwaysThroughGraph, Optional.of(store.runs()), store.toolPins(), telemetry, sink);
    }

    /**
     * A compiler whose routes run through the graph engine even with {@code durability: none}, where
     * they would otherwise walk the same chain directly. For tests and comparisons of the two paths.
     */
    public RouteCompiler alwaysThroughGraph() {
        return new RouteCompiler(backoff, breakers, true, durable, pins, telemetry, sink);
    }

    /**
     * A compiler whose routes record spans (a span per step, a client span per provider call, after
     * the GenAI semantic conventions) and metrics through {@code openTelemetry}. Without it they
     * record nothing and pay next to nothing. The provider call's span is current while the
     * provider works, so a provider can propagate the trace upstream.
     */
    public RouteCompiler withTelemetry(io.opentelemetry.api.OpenTelemetry openTelemetry) {
        requireNonNull(openTelemetry, "openTelemetry");
        return new RouteCompiler(backoff, breakers, alwaysThroughGraph, durable, pins, RunTelemetry.of(openTelemetry, breakers), sink);
    }

    /** A compiler whose routes hand every run to {@code sink} when it ends, before their callers answer. */
    public RouteCompiler withRunSink(RunSink sink) {
        requireNonNull(sink, "sink");
        return new RouteCompiler(backoff, breakers, alwaysThroughGraph, durable, pins, telemetry, sink);
    }

    /**
     * @throws IllegalArgumentException when two steps share an id, or a step id takes one of the
     *     graph's own node names ({@code execute}, {@code completed}, {@code refused}, {@code paused}, {@code failed})
     */
    public CompiledRoute compile(RoutePlan plan, Hooks hooks) {
        requireNonNull(plan, "plan");
        requireNonNull(hooks, "hooks");
        return new CompiledRoute(plan, hooks, RouteEngine.assemble(plan, hooks, backoff, breakers, alwaysThroughGraph, durable, pins), telemetry, sink);
    }
}

package dev.aegis.runtime.internal.telemetry;

import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.internal.steps.ProviderBreakers;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The runtime's spans and metrics, on the OpenTelemetry API only: whoever compiles the routes
 * decides where they go (the server's SDK, or nowhere). A run's telemetry travels in the
 * OpenTelemetry {@link Context} of the thread the run executes on, so steps find it without the
 * graph having to carry it; with telemetry off nothing is put there and the steps skip it.
 *
 * <p>Attributes are routes, providers, models, teams, guards and outcomes: never message text, a
 * run id or an end user's id.
 */
public final class RunTelemetry {

    static final String SCOPE = "dev.aegis.runtime";
    public static final AttributeKey<String> ROUTE = AttributeKey.stringKey("aegis.route");
    static final AttributeKey<String> TEAM = AttributeKey.stringKey("aegis.team");
    static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("aegis.provider");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("aegis.run.status");
    static final AttributeKey<String> GUARD = AttributeKey.stringKey("aegis.guard");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("aegis.guard.outcome");
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    public static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
    public static final AttributeKey<String> TOOL_CALL_ID = AttributeKey.stringKey("gen_ai.tool.call.id");
    public static final AttributeKey<String> TOOL_OUTCOME = AttributeKey.stringKey("aegis.tool.outcome");

    /** Seconds, as the HTTP and GenAI semantic conventions advise. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0);
    private static final List<Double> TOKEN_BUCKETS = List.of(1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0);
    private static final ContextKey<ActiveRun> RUN = ContextKey.named("aegis.run");

    /** Records nothing. Declared after the constants its constructor reads. */
    public static final RunTelemetry OFF = new RunTelemetry();

    private final boolean on;
    public final Tracer tracer;
    final DoubleHistogram runDuration;
    final DoubleHistogram operationDuration;
    final DoubleHistogram timeToFirstToken;
    final DoubleHistogram tokenUsage;
    final DoubleCounter cost;
    final LongCounter verdicts;
    final LongCounter retries;
    final LongCounter fallbacks;
    public final LongCounter toolCalls;

    private RunTelemetry() {
        this(OpenTelemetry.noop(), false);
    }

    private RunTelemetry(OpenTelemetry telemetry, boolean on) {
        this.on = on;
        this.tracer = telemetry.getTracer(SCOPE);
        Meter meter = telemetry.getMeter(SCOPE);
        runDuration = seconds(meter, "aegis.run.duration", "Runs of a route, by outcome and the provider that answered");
        operationDuration = seconds(meter, "gen_ai.client.operation.duration", "Provider calls, failed ones included");
        timeToFirstToken = seconds(meter, "aegis.gen_ai.time_to_first_token", "From sending a streamed request upstream to its first chunk");
        tokenUsage = meter.histogramBuilder("gen_ai.client.token.usage").setUnit("{token}")
                .setDescription("Tokens per run, by team and token type").setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS).build();
        cost = meter.counterBuilder("aegis.cost").ofDoubles().setUnit("{currency}")
                .setDescription("What runs cost, in the currency the deployment prices in, by team").build();
        verdicts = meter.counterBuilder("aegis.guard.verdicts").setUnit("{verdict}")
                .setDescription("Guard verdicts, by guard and outcome (allow, sanitize, block, require_approval)").build();
        retries = meter.counterBuilder("aegis.upstream.retries").setUnit("{call}")
                .setDescription("Provider calls that were retries of a failed call to the same provider").build();
        fallbacks = meter.counterBuilder("aegis.upstream.fallbacks").setUnit("{call}")
                .setDescription("Provider calls that fell back to the next eligible provider").build();
        toolCalls = meter.counterBuilder("aegis.tool.calls").setUnit("{call}")
                .setDescription("Calls of a route's own tools, by tool and outcome (ok, tool_error, timeout, unavailable, …)").build();
    }

    /**
     * Telemetry through {@code telemetry}; also observes the state of each provider's circuit breaker
     * ({@code aegis.upstream.circuit_state}: 0 closed, 1 half open, 2 open).
     */
    public static RunTelemetry of(OpenTelemetry telemetry, ProviderBreakers breakers) {
        RunTelemetry created = new RunTelemetry(telemetry, true);
        telemetry.getMeter(SCOPE).gaugeBuilder("aegis.upstream.circuit_state").ofLongs().setUnit("1")
                .setDescription("Each provider's circuit breaker: 0 closed, 1 half open, 2 open")
                .buildWithCallback(measurement -> breakers.forEachState((provider, state) ->
                        measurement.record(circuitCode(state), Attributes.of(PROVIDER, provider))));
        return created;
    }

    /**
     * Runs {@code run} (a whole run of a route, to its end or pause) with this run's telemetry
     * current, then records its duration, outcome, tokens and cost.
     *
     * @param captureContent whether the provider call's span carries the messages the model saw and wrote
     */
    public RunResult observe(RunState started, boolean captureContent, Supplier<RunResult> run) {
        if (!on) {
            return run.get();
        }
        ActiveRun active = new ActiveRun(this, started.route(), started.principal().map(principal -> principal.team()).orElse(""), captureContent);
        long begun = System.nanoTime();
        RunResult result;
        try (Scope scope = Context.current().with(RUN, active).makeCurrent()) {
            result = run.get();
        }
        record(active, result, System.nanoTime() - begun);
        return result;
    }

    private void record(ActiveRun run, RunResult result, long nanos) {
        String provider = result.state().get(RunState.TARGET).map(Target::provider).orElse("none");
        runDuration.record(nanos / 1e9, Attributes.of(ROUTE, run.route(), STATUS, result.status().name().toLowerCase(Locale.ROOT), PROVIDER, provider));
        Usage usage = result.usage();
        if (usage.inputTokens() > 0 || usage.outputTokens() > 0) {
            tokenUsage.record(usage.inputTokens(), Attributes.of(ROUTE, run.route(), TEAM, run.team(), OPERATION, "chat", TOKEN_TYPE, "input"));
            tokenUsage.record(usage.outputTokens(), Attributes.of(ROUTE, run.route(), TEAM, run.team(), OPERATION, "chat", TOKEN_TYPE, "output"));
        }
        if (usage.cost().signum() > 0) {
            cost.add(usage.cost().doubleValue(), Attributes.of(ROUTE, run.route(), TEAM, run.team()));
        }
    }

    /** The run executing on this thread, when telemetry is on. */
    public static ActiveRun current() {
        return Context.current().get(RUN);
    }

    private static DoubleHistogram seconds(Meter meter, String name, String description) {
        return meter.histogramBuilder(name).setUnit("s").setDescription(description).setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
    }

    private static long circuitCode(String state) {
        return switch (state) {
            case "HALF_OPEN" -> 1;
            case "OPEN", "FORCED_OPEN" -> 2;
            default -> 0;
        };
    }

    /** One run in progress: what its spans and metrics are labelled with. */
    public record ActiveRun(RunTelemetry telemetry, String route, String team, boolean captureContent) {}
}

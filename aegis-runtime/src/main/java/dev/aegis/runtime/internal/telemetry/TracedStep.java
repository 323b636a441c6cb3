package dev.aegis.runtime.internal.telemetry;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.graph.GraphNode;
import dev.aegis.runtime.internal.steps.RouteStep;
import dev.aegis.runtime.internal.steps.RunContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;

/**
 * A node of the route with a span around it (a child of the request's span) when the run is
 * observed: the guard verdicts it recorded become span events and count towards
 * {@code aegis.guard.verdicts}; a halt or a failure is marked on the span. Verdict events carry the
 * guard, its decision, the kind of content and the rule names, never the content or a reason.
 */
public final class TracedStep implements RouteStep {

    private static final AttributeKey<String> NODE = AttributeKey.stringKey("aegis.node");
    private static final AttributeKey<String> HALT = AttributeKey.stringKey("aegis.halt");
    private static final AttributeKey<String> TARGET = AttributeKey.stringKey("aegis.guard.target");
    private static final AttributeKey<String> RULES = AttributeKey.stringKey("aegis.guard.rules");
    private static final AttributeKey<Boolean> ENFORCED = AttributeKey.booleanKey("aegis.guard.enforced");

    private final String name;
    private final RouteStep step;

    private TracedStep(String name, RouteStep step) {
        this.name = name;
        this.step = step;
    }

    /** The node, its step traced. */
    public static GraphNode of(GraphNode node) {
        return node.withStep(new TracedStep(node.name(), node.step()));
    }

    @Override
    public RunState apply(RunState state, RunContext context) {
        RunTelemetry.ActiveRun run = RunTelemetry.current();
        if (run == null) {
            return step.apply(state, context);
        }
        Span span = run.telemetry().tracer.spanBuilder(name)
                .setAttribute(NODE, name)
                .setAttribute(RunTelemetry.ROUTE, run.route())
                .startSpan();
        int before = state.events().size();
        RunState after;
        try (Scope scope = span.makeCurrent()) {
            after = step.apply(state, context);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.end();
            throw e;
        }
        List<Event> events = after.events();
        for (int i = Math.min(before, events.size()); i < events.size(); i++) {
            observe(span, run, events.get(i));
        }
        after.halt().ifPresent(halt -> span.setAttribute(HALT, switch (halt) {
            case Halt.Refused refused -> refused.code();
            case Halt.AwaitingApproval approval -> "awaiting_approval";
        }));
        span.end();
        return after;
    }

    private static void observe(Span span, RunTelemetry.ActiveRun run, Event event) {
        switch (event.type()) {
            case Event.VERDICT -> {
                Map<String, String> facts = event.attributes();
                String guard = facts.getOrDefault("guard", "");
                String decision = facts.getOrDefault("decision", "");
                AttributesBuilder attributes = Attributes.builder()
                        .put(RunTelemetry.GUARD, guard)
                        .put(RunTelemetry.OUTCOME, decision)
                        .put(TARGET, facts.getOrDefault("target", ""))
                        .put(RULES, facts.getOrDefault("rules", ""))
                        .put(ENFORCED, !"false".equals(facts.get("enforced")));
                span.addEvent("aegis.guard.verdict", attributes.build());
                run.telemetry().verdicts.add(1, Attributes.of(RunTelemetry.ROUTE, run.route(), RunTelemetry.GUARD, guard, RunTelemetry.OUTCOME, decision));
            }
            case Event.NODE_ERROR, Event.FAILED -> span.setStatus(StatusCode.ERROR, event.type());
            default -> {
                // routing, model calls and the run's own milestones have spans or metrics of their own
            }
        }
    }
}

package dev.aegis.runtime.internal.tools;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.api.tool.ToolSource;
import dev.aegis.kernel.plan.Step;
import dev.aegis.kernel.plan.ToolsPlan;
import dev.aegis.runtime.internal.graph.NodeNames;
import dev.aegis.runtime.internal.steps.RunContext;
import dev.aegis.runtime.internal.telemetry.RunTelemetry;
import dev.aegis.runtime.tools.ToolHashes;
import dev.aegis.runtime.tools.ToolPins;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A route's tools at run time: which it offers a principal (allowed, granted, and pinned), whether
 * the model's answer calls them, and calling them.
 */
public final class ToolBox {

    static final String NO_TOOLS_AVAILABLE = "no_tools_available";
    static final String TOOL_STEP_LIMIT = "tool_step_limit";
    static final String TOOL_NAME_CONFLICT = "tool_name_conflict";
    static final String TOOLS_OFFERED = "tools.offered";
    static final String TOOL_QUARANTINED = "tool.quarantined";
    static final String TOOL_SOURCE_UNAVAILABLE = "tool.source-unavailable";
    static final String TOOL_CALL = "tool.call";
    static final String TOOL_LEFT_OUT = "tool.left-out";

    /** What the OpenAI, Anthropic and Gemini APIs all accept as a function name. */
    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Logger LOG = Logger.getLogger(ToolBox.class.getName());

    private final String route;
    private final ToolsPlan plan;
    private final ToolPins pins;
    private final Map<String, ToolSource> sources = new LinkedHashMap<>();

    public ToolBox(String route, ToolsPlan plan, ToolPins pins) {
        this.route = route;
        this.plan = plan;
        this.pins = pins;
        for (Step step : plan.sources()) {
            sources.put(step.id(), (ToolSource) ((Step.NodeAction) step.action()).node());
        }
    }

    public ToolsPlan plan() {
        return plan;
    }

    /**
     * The {@code offer-tools} step: the route's tools this principal may use and the route trusts,
     * added to what the model is offered. None at all refuses the run: a route with tools never
     * silently calls its model without them.
     */
    public RunState offer(RunState state, RunContext context) {
        Principal principal = state.principal().orElseThrow(() -> new IllegalStateException("a run without a principal"));
        ChatOptions options = state.getOrDefault(RunState.CHAT_OPTIONS, ChatOptions.DEFAULTS);
        List<String> clientTools = options.tools().stream().map(ToolDefinition::name).toList();
        StateDelta delta = StateDelta.empty();
        Map<String, String> offered = new LinkedHashMap<>();
        List<ToolDefinition> definitions = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Map.Entry<String, ToolSource> source : sources.entrySet()) {
            List<ToolDefinition> listed;
            try {
                listed = source.getValue().tools();
            } catch (RuntimeException e) {
                String reason = reason(e);
                LOG.log(Level.WARNING, "tool source '" + source.getKey() + "' of route '" + route + "' listed no tools: " + reason);
                delta = delta.event(Event.of(source.getKey(), TOOL_SOURCE_UNAVAILABLE, reason));
                why.add("source '" + source.getKey() + "' is unavailable");
                continue;
            }
            for (ToolDefinition definition : listed) {
                String name = definition.name();
                if (!plan.permits(name, principal)) {
                    continue;
                }
                if (!TOOL_NAME.matcher(name).matches()) {
                    // model APIs refuse the whole request over one such name: leave the tool out instead
                    delta = delta.event(Event.of(source.getKey(), TOOL_LEFT_OUT, "tool names are 1 to 64 letters, digits, '_' or '-'",
                            Map.of("tool", name.length() > 64 ? name.substring(0, 64) : name)));
                    why.add("tool '" + name + "' has a name models do not accept");
                    continue;
                }
                if (offered.containsKey(name)) {
                    why.add("tool '" + name + "' is offered by two sources; the second is left out");
                    continue;
                }
                if (clientTools.contains(name)) {
                    return state.apply(delta.halt(new Halt.Refused(NodeNames.OFFER_TOOLS, TOOL_NAME_CONFLICT,
                            "the request defines a tool named '" + name + "', which this route provides itself; rename the client's tool")));
                }
                if (!pins.admits(route, source.getKey(), definition, plan.pinning())) {
                    delta = delta.event(Event.of(source.getKey(), TOOL_QUARANTINED,
                            "the definition of tool '" + name + "' is not approved; it is quarantined until an operator approves it",
                            Map.of("tool", name, "hash", ToolHashes.of(definition))));
                    why.add("tool '" + name + "' is quarantined");
                    continue;
                }
                offered.put(name, source.getKey());
                definitions.add(definition);
            }
        }
        if (offered.isEmpty()) {
            return state.apply(delta.halt(new Halt.Refused(NodeNames.OFFER_TOOLS, NO_TOOLS_AVAILABLE,
                    "route '" + route + "' has tools, but none can be offered to you"
                            + (why.isEmpty() ? " (none is allowed for you)" : " (" + String.join("; ", why) + ")"),
                    Halt.Refused.Kind.UNAVAILABLE, Optional.empty())));
        }
        List<ToolDefinition> all = new ArrayList<>(options.tools());
        all.addAll(definitions);
        return state.apply(delta
                .with(RunState.CHAT_OPTIONS, new ChatOptions(options.model(), all, options.parameters()))
                .with(ToolKeys.OFFERED, Map.copyOf(offered))
                .event(Event.of(NodeNames.OFFER_TOOLS, TOOLS_OFFERED, "", Map.of("tools", String.join(",", offered.keySet())))));
    }

    /** Whether the model's last answer calls a tool of the route's: then the tool loop runs. */
    public static boolean pending(RunState state) {
        Map<String, String> offered = state.get(ToolKeys.OFFERED).orElse(Map.of());
        if (offered.isEmpty()) {
            return false;
        }
        List<Message> messages = state.messages();
        if (messages.isEmpty()) {
            return false;
        }
        Message last = messages.getLast();
        return last.role() == Role.ASSISTANT && last.toolCalls().stream().anyMatch(call -> offered.containsKey(call.name()));
    }

    /**
     * The {@code call-tools} step: calls every tool the model's last answer asks for, and adds the
     * results to the conversation. A call the route cannot make is answered with an error the model
     * reads; a run past its step limit is refused.
     */
    public RunState call(RunState state, RunContext context) {
        int rounds = Integer.parseInt(state.get(ToolKeys.ROUNDS).orElse("0")) + 1;
        if (rounds > plan.maxSteps()) {
            return state.apply(StateDelta.empty().halt(new Halt.Refused(NodeNames.CALL_TOOLS, TOOL_STEP_LIMIT,
                    "the model asked for tools more than " + plan.maxSteps() + " times in one run", Halt.Refused.Kind.LIMIT, Optional.empty())));
        }
        Map<String, String> offered = state.get(ToolKeys.OFFERED).orElse(Map.of());
        Message answer = state.messages().getLast();
        List<Message> messages = new ArrayList<>(state.messages());
        StateDelta delta = StateDelta.empty();
        for (ToolCall call : answer.toolCalls()) {
            String source = offered.get(call.name());
            long started = System.nanoTime();
            ToolSpan span = ToolSpan.start(call);
            ToolResult result;
            String outcome;
            if (source == null) {
                result = ToolResult.failed("The tool '" + call.name() + "' is not available in this conversation.");
                outcome = "unavailable";
            } else {
                try (Scope current = span.makeCurrent()) {
                    result = sources.get(source).call(call, state);
                    if (result == null) {
                        throw new IllegalStateException("tool source '" + source + "' returned no result");
                    }
                    outcome = result.failed() ? "tool_error" : "ok";
                } catch (ToolException e) {
                    result = ToolResult.failed("The tool '" + call.name() + "' could not be called: " + e.failure().name().toLowerCase(java.util.Locale.ROOT));
                    outcome = e.failure().name().toLowerCase(java.util.Locale.ROOT);
                    LOG.log(Level.WARNING, "tool '" + call.name() + "' of route '" + route + "' failed: " + reason(e));
                } catch (RuntimeException e) {
                    result = ToolResult.failed("The tool '" + call.name() + "' could not be called: failed");
                    outcome = "failed";
                    LOG.log(Level.WARNING, "tool source '" + source + "' of route '" + route + "' failed calling '" + call.name() + "'", e);
                }
            }
            span.end(outcome);
            messages.add(Message.tool(call.id(), result.content()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            delta = delta.event(Event.of(source == null ? NodeNames.CALL_TOOLS : source, TOOL_CALL, outcome, Map.of(
                    "tool", call.name(), "tool_call", call.id(), "outcome", outcome, "round", Integer.toString(rounds), "ms", Long.toString(millis))));
        }
        return state.apply(delta.with(RunState.MESSAGES, List.copyOf(messages)).with(ToolKeys.ROUNDS, Integer.toString(rounds)));
    }

    /**
     * The span of one tool call, after the GenAI conventions ({@code execute_tool}), when the run is
     * observed; it carries the tool's name and call id and the outcome, never arguments or results.
     */
    private record ToolSpan(RunTelemetry.ActiveRun run, Span span, String tool) {

        static ToolSpan start(ToolCall call) {
            RunTelemetry.ActiveRun run = RunTelemetry.current();
            if (run == null) {
                return new ToolSpan(null, Span.getInvalid(), call.name());
            }
            Span span = run.telemetry().tracer.spanBuilder("execute_tool " + call.name())
                    .setAttribute(RunTelemetry.OPERATION, "execute_tool")
                    .setAttribute(RunTelemetry.TOOL_NAME, call.name())
                    .setAttribute(RunTelemetry.TOOL_CALL_ID, call.id())
                    .setAttribute(RunTelemetry.ROUTE, run.route())
                    .startSpan();
            return new ToolSpan(run, span, call.name());
        }

        Scope makeCurrent() {
            return span.makeCurrent();
        }

        void end(String outcome) {
            if (run == null) {
                return;
            }
            span.setAttribute(RunTelemetry.TOOL_OUTCOME, outcome);
            if (!outcome.equals("ok")) {
                span.setStatus(StatusCode.ERROR, outcome);
                span.setAttribute(RunTelemetry.ERROR_TYPE, outcome);
            }
            span.end();
            run.telemetry().toolCalls.add(1, Attributes.of(RunTelemetry.ROUTE, run.route(),
                    RunTelemetry.TOOL_NAME, tool, RunTelemetry.TOOL_OUTCOME, outcome));
        }
    }

    // What a failure says, without a stack trace or anything from the request.
    private static String reason(RuntimeException e) {
        return e instanceof ToolException tool ? tool.failure().name().toLowerCase(java.util.Locale.ROOT) + ": " + tool.getMessage()
                : e.getClass().getSimpleName();
    }
}

package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.StateKey;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RunState} for a test, through the same {@link StateDelta}s nodes return, so keys
 * merge as they do at run time. Obtain one from {@link TestRuns#run()}.
 */
public final class RunStateBuilder {

    private String runId;
    private String route;
    private Principal principal;
    private final List<Message> messages = new ArrayList<>();
    private StateDelta delta = StateDelta.empty();

    RunStateBuilder(String runId, String route, Principal principal) {
        this.runId = runId;
        this.route = route;
        this.principal = principal;
    }

    public RunStateBuilder id(String newRunId) {
        runId = requireNonNull(newRunId, "runId");
        return this;
    }

    public RunStateBuilder route(String newRoute) {
        route = requireNonNull(newRoute, "route");
        return this;
    }

    public RunStateBuilder principal(Principal newPrincipal) {
        principal = requireNonNull(newPrincipal, "principal");
        return this;
    }

    public RunStateBuilder message(Message message) {
        messages.add(requireNonNull(message, "message"));
        return this;
    }

    public RunStateBuilder system(String text) {
        return message(Message.system(text));
    }

    public RunStateBuilder user(String text) {
        return message(Message.user(text));
    }

    public RunStateBuilder assistant(String text) {
        return message(Message.assistant(text));
    }

    public RunStateBuilder label(String name, String value) {
        delta = delta.label(name, value);
        return this;
    }

    /** The targets still eligible, best first. */
    public RunStateBuilder targets(Target... targets) {
        return with(RunState.TARGETS, List.of(targets));
    }

    /** Adds a placeholder and the original it stands for to the mask map. */
    public RunStateBuilder masked(String placeholder, String original) {
        return with(RunState.MASK_MAP, MaskMap.of(Map.of(placeholder, original)));
    }

    public RunStateBuilder event(Event event) {
        delta = delta.event(event);
        return this;
    }

    public RunStateBuilder usage(Usage usage) {
        return with(RunState.USAGE, usage);
    }

    public RunStateBuilder halt(Halt halt) {
        delta = delta.halt(halt);
        return this;
    }

    /** Any other key, e.g. one a plugin declares. */
    public <T> RunStateBuilder with(StateKey<T> key, T value) {
        delta = delta.with(key, value);
        return this;
    }

    public RunState build() {
        return RunState.start(runId, route, principal, messages).apply(delta);
    }
}

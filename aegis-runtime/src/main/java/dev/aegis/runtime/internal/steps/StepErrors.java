package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.plan.OnError;
import dev.aegis.kernel.plan.Step;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an exception thrown by a guard or node means for the run: refused as unavailable (fail
 * closed) unless the step says {@code on-error: allow}. Neither the halt nor the event carries the
 * exception's message, which may quote the content the step was looking at.
 */
final class StepErrors {

    static final String GUARD_ERROR = "guard_error";

    private static final Logger LOG = Logger.getLogger(StepErrors.class.getName());

    private StepErrors() {}

    static RunState failed(Step step, RunState state, RuntimeException error) {
        return state.apply(delta(step, error, step.onError()));
    }

    /** A failure that is recorded whatever the step's policy: a post-hoc scan can no longer stop anything. */
    static RunState recorded(Step step, RunState state, RuntimeException error) {
        return state.apply(delta(step, error, OnError.ALLOW));
    }

    private static StateDelta delta(Step step, RuntimeException error, OnError onError) {
        LOG.warning(() -> "step '" + step.id() + "' (" + step.type() + ") threw " + error.getClass().getName()
                + "; on-error " + onError.name().toLowerCase(Locale.ROOT));
        // FINE only: the message and stack may quote request content.
        LOG.log(Level.FINE, "failure of step '" + step.id() + "'", error);
        Map<String, String> attributes = Map.of(
                "type", step.type(),
                "error", error.getClass().getName(),
                "on_error", onError.name().toLowerCase(Locale.ROOT));
        StateDelta delta = StateDelta.empty().event(Event.of(step.id(), Event.NODE_ERROR, step.type() + " failed", attributes));
        return onError == OnError.BLOCK
                ? delta.halt(new Halt.Refused(step.id(), GUARD_ERROR, step.type() + " failed", Halt.Refused.Kind.UNAVAILABLE, Optional.empty()))
                : delta;
    }
}

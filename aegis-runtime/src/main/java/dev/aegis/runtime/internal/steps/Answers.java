package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import java.util.ArrayList;
import java.util.List;

/** Writes a model's answer into the run. */
public final class Answers {

    private Answers() {}

    /** @param model the model that answered: as the provider named it, else as it was asked for, else empty */
    public static RunState record(RunState state, Eligible eligible, int attempt, String model, Message answer, Usage usage, String finishReason) {
        List<Message> messages = new ArrayList<>(state.messages());
        messages.add(answer);
        StateDelta delta = model.isEmpty() ? StateDelta.empty() : StateDelta.of(RunState.MODEL, model);
        return state.apply(delta
                .with(RunState.TARGET, eligible.target())
                .with(RunState.MESSAGES, List.copyOf(messages))
                .with(RunState.USAGE, usage)
                .with(RunState.FINISH_REASON, finishReason)
                .event(ModelCallEvents.answered(eligible, attempt, ModelCallEvents.OK)));
    }

    /** An answer an egress guard stopped mid-stream: the target is recorded, the partial text is not. */
    public static RunState stopped(RunState state, Eligible eligible, int attempt) {
        return state.apply(StateDelta.empty()
                .with(RunState.TARGET, eligible.target())
                .event(ModelCallEvents.answered(eligible, attempt, ModelCallEvents.STOPPED)));
    }
}

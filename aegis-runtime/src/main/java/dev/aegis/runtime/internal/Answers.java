package dev.aegis.runtime.internal;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.runtime.RuntimeKeys;
import java.util.ArrayList;
import java.util.List;

/** Writes a model's answer into the run. */
final class Answers {

    private Answers() {}

    static RunState record(RunState state, Eligible eligible, int attempt, Message answer, Usage usage, String finishReason) {
        List<Message> messages = new ArrayList<>(state.messages());
        messages.add(answer);
        return state.apply(StateDelta.empty()
                .with(RunState.TARGET, eligible.target())
                .with(RunState.MESSAGES, List.copyOf(messages))
                .with(RunState.USAGE, usage)
                .with(RuntimeKeys.FINISH_REASON, finishReason)
                .event(ModelCallEvents.answered(eligible, attempt, ModelCallEvents.OK)));
    }

    /** An answer an egress guard stopped mid-stream: the target is recorded, the partial text is not. */
    static RunState stopped(RunState state, Eligible eligible, int attempt) {
        return state.apply(StateDelta.empty()
                .with(RunState.TARGET, eligible.target())
                .event(ModelCallEvents.answered(eligible, attempt, ModelCallEvents.STOPPED)));
    }
}

package dev.aegis.pack.budgets;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Map;

/** Run states as the runtime would hand them to the node and to its run-end callback. */
final class Runs {

    static final Principal ALICE = Principal.of("alice", "payments");

    private Runs() {}

    static RunState request(String runId, Principal principal, String model, String text, Map<String, String> parameters) {
        return RunState.start(runId, "chat", principal, List.of(Message.user(text)))
                .apply(StateDelta.of(RunState.CHAT_OPTIONS, new ChatOptions(model, List.of(), parameters)));
    }

    static RunState request(String runId, String model, String text) {
        return request(runId, ALICE, model, text, Map.of());
    }

    /** What the execute stage leaves behind: the answer, the model that gave it, usage, a finish reason. */
    static RunState answered(RunState state, String model, Usage usage) {
        return state.apply(StateDelta.of(RunState.MODEL, model)
                .with(RunState.USAGE, usage)
                .with(RunState.FINISH_REASON, "stop")
                .with(RunState.MESSAGES, List.of(Message.user("q"), Message.assistant("a"))));
    }
}

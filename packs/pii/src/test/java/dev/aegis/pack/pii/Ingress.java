package dev.aegis.pack.pii;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.testkit.TestRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a guard over a conversation the way the runtime's ingress does: message by message, each
 * scanned as a prompt, the state updated with a sanitizing verdict's delta before the next message.
 */
final class Ingress {

    record Result(RunState state, List<String> texts, List<Verdict> verdicts) {}

    private Ingress() {}

    static Result run(Guardrail guard, String... userTexts) {
        RunState state = TestRuns.run().build();
        List<String> texts = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (String text : userTexts) {
            Verdict verdict = guard.scan(Content.of(ScanTarget.PROMPT, text), state);
            verdicts.add(verdict);
            String kept = text;
            if (verdict instanceof Verdict.Sanitize sanitize) {
                state = state.apply(sanitize.delta());
                kept = sanitize.content();
            }
            List<Message> messages = new ArrayList<>(state.messages());
            messages.add(Message.user(kept));
            state = state.apply(StateDelta.of(RunState.MESSAGES, List.copyOf(messages)));
            texts.add(kept);
        }
        return new Result(state, texts, verdicts);
    }
}

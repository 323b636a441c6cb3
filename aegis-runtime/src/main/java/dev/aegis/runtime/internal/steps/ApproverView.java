package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.ToolCall;
import dev.aegis.kernel.plan.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A paused run's conversation as an approver is shown it: as the model would be sent it. A run that
 * paused in ingress has not been through the ingress guards from the pausing one on, so they are
 * previewed on it — what they would rewrite is rewritten (masking included), what they would refuse
 * is withheld — with no verdict recorded and no hook told; then every value of the run's mask map
 * still in clear (an egress step may have restored it) is replaced by its placeholder. Pipeline
 * nodes are not previewed: they may have effects.
 *
 * <p>The run's retrieved passages ({@link RunState#PASSAGES}) are shown the same way, previewed by
 * the remaining ingress guards that scan {@link ScanTarget#RAG_CHUNK} as {@link PassageScan} would:
 * a passage one of them would block is shown withheld, without its text. Passages are shown, not
 * edited: an edited approval replaces the conversation only.
 */
public final class ApproverView {

    /** The view, and the mask map behind it: the run's, plus the placeholders only the preview made. */
    public record Preview(List<Message> messages, List<Passage> passages, MaskMap maskMap) {}

    private final List<Step> ingress;

    public ApproverView(List<Step> ingress) {
        this.ingress = List.copyOf(ingress);
    }

    public Preview masked(RunState paused) {
        String pausedAt = paused.halt().map(halt -> halt.source()).orElse("");
        RunState state = paused;
        boolean remaining = false;
        for (Step step : ingress) {
            remaining = remaining || step.id().equals(pausedAt);
            if (remaining && step.action() instanceof Step.GuardAction guard) {
                state = preview(step, guard, state);
            }
        }
        MaskMap map = state.maskMap();
        List<Map.Entry<String, String>> originals = new ArrayList<>(map.entries().entrySet());
        originals.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getValue().length()).reversed());
        UnaryOperator<String> masking = text -> {
            String masked = text;
            for (Map.Entry<String, String> original : originals) {
                if (!original.getValue().isEmpty()) {
                    masked = masked.replace(original.getValue(), original.getKey());
                }
            }
            return masked;
        };
        List<Passage> passages = state.getOrDefault(RunState.PASSAGES, List.<Passage>of()).stream()
                .map(passage -> passage.withText(masking.apply(passage.text()))).toList();
        return new Preview(rewrite(state.messages(), masking), passages, map);
    }

    /** The passages with every placeholder of {@code map} replaced by its original. */
    public static List<Passage> revealedPassages(List<Passage> passages, MaskMap map) {
        UnaryOperator<String> reveal = revealing(map);
        return passages.stream().map(passage -> passage.withText(reveal.apply(passage.text()))).toList();
    }

    /** The conversation with every placeholder of {@code map} replaced by its original. */
    public static List<Message> revealed(List<Message> messages, MaskMap map) {
        return rewrite(messages, revealing(map));
    }

    private static UnaryOperator<String> revealing(MaskMap map) {
        List<Map.Entry<String, String>> placeholders = new ArrayList<>(map.entries().entrySet());
        placeholders.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
        return text -> {
            String revealed = text;
            for (Map.Entry<String, String> placeholder : placeholders) {
                revealed = revealed.replace(placeholder.getKey(), placeholder.getValue());
            }
            return revealed;
        };
    }

    private static RunState preview(Step step, Step.GuardAction guard, RunState start) {
        RunState state = start;
        for (ScanSite site : ScanSite.ingress(state.messages(), guard.guardrail().targets())) {
            List<Message> messages = state.messages();
            Verdict verdict;
            try {
                verdict = guard.guardrail().scan(new Content(site.target(), site.read(messages), false, Optional.empty()), state);
            } catch (RuntimeException e) {
                verdict = null;
            }
            switch (verdict) {
                case Verdict.Sanitize sanitize -> state = state.apply(sanitize.delta())
                        .apply(StateDelta.of(RunState.MESSAGES, site.write(messages, sanitize.content())));
                case Verdict.Block block -> state = withheld(state, site, step);
                case null -> state = withheld(state, site, step);
                default -> {
                    // allowed, or sent for approval: shown as it is
                }
            }
        }
        return previewPassages(step, guard, state);
    }

    private static RunState previewPassages(Step step, Step.GuardAction guard, RunState start) {
        List<Passage> passages = start.getOrDefault(RunState.PASSAGES, List.<Passage>of());
        if (passages.isEmpty() || !guard.guardrail().targets().contains(ScanTarget.RAG_CHUNK)) {
            return start;
        }
        RunState state = start;
        List<Passage> shown = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            Verdict verdict;
            try {
                verdict = guard.guardrail().scan(Content.of(ScanTarget.RAG_CHUNK, passage.text()), state);
            } catch (RuntimeException e) {
                verdict = null;
            }
            switch (verdict) {
                case Verdict.Sanitize sanitize -> {
                    state = state.apply(sanitize.delta());
                    shown.add(passage.withText(sanitize.content()));
                }
                case Verdict.Block block -> shown.add(passage.withText(withheldText(step)));
                case null -> shown.add(passage.withText(withheldText(step)));
                default -> shown.add(passage);
            }
        }
        return state.apply(StateDelta.of(RunState.PASSAGES, List.copyOf(shown)));
    }

    private static String withheldText(Step step) {
        return "[withheld: " + step.id() + " would refuse it]";
    }

    private static RunState withheld(RunState state, ScanSite site, Step step) {
        return state.apply(StateDelta.of(RunState.MESSAGES, site.write(state.messages(), withheldText(step))));
    }

    private static List<Message> rewrite(List<Message> messages, UnaryOperator<String> text) {
        List<Message> rewritten = new ArrayList<>(messages.size());
        for (Message message : messages) {
            List<ToolCall> calls = message.toolCalls().stream().map(call -> call.withArguments(text.apply(call.arguments()))).toList();
            rewritten.add(message.withContent(text.apply(message.content())).withToolCalls(calls));
        }
        return List.copyOf(rewritten);
    }
}

package dev.aegis.runtime.internal.stream;

import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Hooks;
import dev.aegis.kernel.plan.Step;
import dev.aegis.runtime.internal.steps.GuardCall;
import dev.aegis.runtime.internal.tools.ToolKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a route's egress steps watch a streamed answer, decided once per route. A full-context guard
 * or any egress node (which may rewrite anything) holds the whole answer until the egress steps ran
 * as they do for a blocking run; otherwise the window and post-hoc guards gate the stream as it flows.
 */
public final class EgressGate {

    private record Guarded(GuardCall call, StreamingGuarantee guarantee) {}

    private final boolean holdsAll;
    private final List<Guarded> text;
    private final List<GuardCall> toolEnforcing;
    private final List<GuardCall> toolPostHoc;

    private EgressGate(boolean holdsAll, List<Guarded> text, List<GuardCall> toolEnforcing, List<GuardCall> toolPostHoc) {
        this.holdsAll = holdsAll;
        this.text = List.copyOf(text);
        this.toolEnforcing = List.copyOf(toolEnforcing);
        this.toolPostHoc = List.copyOf(toolPostHoc);
    }

    public static EgressGate of(List<Step> egress, Hooks hooks) {
        List<Guarded> text = new ArrayList<>();
        List<GuardCall> toolEnforcing = new ArrayList<>();
        List<GuardCall> toolPostHoc = new ArrayList<>();
        for (Step step : egress) {
            if (!(step.action() instanceof Step.GuardAction action)) {
                return holdingAll();
            }
            Guardrail guard = action.guardrail();
            StreamingGuarantee guarantee = guard.streaming();
            if (guarantee instanceof StreamingGuarantee.FullContext) {
                return holdingAll();
            }
            GuardCall call = new GuardCall(step, guard, hooks);
            if (guard.targets().contains(ScanTarget.RESPONSE)) {
                text.add(new Guarded(call, guarantee));
            }
            if (guard.targets().contains(ScanTarget.TOOL_ARGUMENTS)) {
                (guarantee instanceof StreamingGuarantee.PostHoc ? toolPostHoc : toolEnforcing).add(call);
            }
        }
        return new EgressGate(false, text, toolEnforcing, toolPostHoc);
    }

    private static EgressGate holdingAll() {
        return new EgressGate(true, List.of(), List.of(), List.of());
    }

    public boolean holdsAll() {
        return holdsAll;
    }

    /** A fresh gate for one attempt at one answer. */
    ResponseGate open(RunState state, StreamSession session) {
        if (holdsAll) {
            return new ResponseGate(state, List.of(), new ToolCallGate(List.of(), List.of(), Optional.empty(), java.util.Set.of()), Optional.empty());
        }
        List<TextStage> stages = new ArrayList<>(text.size());
        for (Guarded guarded : text) {
            stages.add(guarded.guarantee() instanceof StreamingGuarantee.Window window
                    ? new WindowStage(guarded.call(), window.characters())
                    : new PostHocStage(guarded.call()));
        }
        Optional<StreamSession> release = Optional.of(session);
        return new ResponseGate(state, stages, new ToolCallGate(toolEnforcing, toolPostHoc, release,
                state.get(ToolKeys.OFFERED).map(java.util.Map::keySet).orElse(java.util.Set.of())), release);
    }
}

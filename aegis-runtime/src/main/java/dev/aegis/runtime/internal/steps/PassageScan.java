package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Passage;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ingress guard over the passages retrieved so far ({@link RunState#PASSAGES}), each scanned as
 * {@link ScanTarget#RAG_CHUNK}. A sanitized passage is rewritten in place (a masking guard's
 * placeholders join the mask map as for a prompt); an approval request pauses the run as anywhere
 * else. A block, or a failure of the guard under {@code on-error: block}, <em>withholds</em> the
 * passage instead of refusing the run: a poisoned document in a collection must not take the route
 * down for everyone who retrieves it. The withheld passage leaves the state and a
 * {@value #WITHHELD} event names its citation, the guard and the rules, never its text; a run whose
 * every passage was withheld goes on without retrieved context.
 */
final class PassageScan {

    static final String WITHHELD = "passage.withheld";

    private PassageScan() {}

    static RunState enforce(GuardCall call, RunState state) {
        List<Passage> passages = state.getOrDefault(RunState.PASSAGES, List.of());
        if (passages.isEmpty() || !call.guard().targets().contains(ScanTarget.RAG_CHUNK)) {
            return state;
        }
        RunState current = state;
        List<Passage> kept = new ArrayList<>(passages.size());
        boolean changed = false;
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Map<String, String> where = citation(i, passage);
            GuardCall.Scan scan = call.scan(current, Content.of(ScanTarget.RAG_CHUNK, passage.text()), where, GuardCall.Mode.ENFORCE);
            current = scan.state();
            Optional<Halt> halt = current.halt();
            if (halt.filter(Halt.AwaitingApproval.class::isInstance).isPresent()) {
                // the passages scanned so far keep their rewrites for when the run resumes
                return current.apply(StateDelta.of(RunState.PASSAGES, merged(kept, passages, i)));
            }
            if (halt.isPresent()) {
                current = current.apply(StateDelta.empty().without(RunState.HALT).event(withheld(call, where, scan.verdict())));
                changed = true;
                continue;
            }
            Optional<String> replacement = scan.replacement();
            changed |= replacement.isPresent();
            kept.add(replacement.map(passage::withText).orElse(passage));
        }
        return changed ? current.apply(StateDelta.of(RunState.PASSAGES, List.copyOf(kept))) : current;
    }

    /** Audit attributes locating a passage by its citation, never quoting it. */
    static Map<String, String> citation(int index, Passage passage) {
        Map<String, String> where = new LinkedHashMap<>();
        where.put("passage", Integer.toString(index));
        where.put("collection", passage.collection());
        where.put("document", passage.document());
        where.put("chunk", Integer.toString(passage.chunk()));
        return where;
    }

    private static List<Passage> merged(List<Passage> scanned, List<Passage> all, int pausedAt) {
        List<Passage> merged = new ArrayList<>(scanned);
        merged.addAll(all.subList(pausedAt, all.size()));
        return List.copyOf(merged);
    }

    private static Event withheld(GuardCall call, Map<String, String> where, Optional<Verdict> verdict) {
        Map<String, String> attributes = new LinkedHashMap<>(where);
        attributes.put("guard", call.step().type());
        attributes.put("rules", verdict.map(VerdictEvents::rules).orElse(""));
        attributes.put("cause", verdict.isPresent() ? "block" : "guard_error");
        return Event.of(call.step().id(), WITHHELD, "passage withheld by " + call.step().type(), attributes);
    }
}

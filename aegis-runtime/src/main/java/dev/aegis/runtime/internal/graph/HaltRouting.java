package dev.aegis.runtime.internal.graph;

import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.ExecutionKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conditional edge after every step: a halt or a failure ends the run, anything else goes on. */
final class HaltRouting {

    static final String NEXT = "next";
    // Edge labels an auditor reads in the Mermaid graph: why a run leaves for each end.
    static final String BLOCK = "block";
    static final String APPROVAL = "approval";
    static final String FAILURE = "failure";

    private HaltRouting() {}

    static String label(RunState state) {
        if (state.get(ExecutionKeys.FAILURE).isPresent()) {
            return FAILURE;
        }
        return state.halt()
                .map(halt -> halt instanceof Halt.Refused ? BLOCK : APPROVAL)
                .orElse(NEXT);
    }

    /** Edge label to target node; only a step that calls providers can fail a run. */
    static Map<String, String> targets(GraphNode node) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(NEXT, node.next());
        node.branch().ifPresent(branch -> targets.put(branch.label(), branch.target()));
        boolean canFail = node.canFail();
        targets.put(BLOCK, NodeNames.REFUSED);
        targets.put(APPROVAL, NodeNames.PAUSED);
        if (canFail) {
            targets.put(FAILURE, NodeNames.FAILED);
        }
        return targets;
    }
}

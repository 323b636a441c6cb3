package dev.aegis.runtime.internal;

import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conditional edge after every step: a halt or a failure ends the run, anything else goes on. */
final class HaltRouting {

    static final String NEXT = "next";

    private HaltRouting() {}

    static String label(RunState state) {
        if (state.get(ExecutionKeys.FAILURE).isPresent()) {
            return NodeNames.FAILED;
        }
        return state.halt()
                .map(halt -> halt instanceof Halt.Refused ? NodeNames.REFUSED : NodeNames.PAUSED)
                .orElse(NEXT);
    }

    /** Edge label to target node; only a step that calls providers can fail a run. */
    static Map<String, String> targets(String next, boolean canFail) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(NEXT, next);
        targets.put(NodeNames.REFUSED, NodeNames.REFUSED);
        targets.put(NodeNames.PAUSED, NodeNames.PAUSED);
        if (canFail) {
            targets.put(NodeNames.FAILED, NodeNames.FAILED);
        }
        return targets;
    }
}

package dev.aegis.runtime.internal.graph;

import dev.aegis.api.state.RunState;
import java.util.Map;
import org.bsc.langgraph4j.state.AgentState;

/**
 * LangGraph4j's view of a run: the whole immutable {@link RunState} under one key, so that the
 * graph's per-step state copy is a copy of a one-entry map.
 */
final class GraphState extends AgentState {

    static final String RUN = "run";

    GraphState(Map<String, Object> data) {
        super(data);
    }

    static Map<String, Object> data(RunState run) {
        return Map.of(RUN, run);
    }

    RunState run() {
        return this.<RunState>value(RUN).orElseThrow(() -> new IllegalStateException("graph state holds no run"));
    }
}

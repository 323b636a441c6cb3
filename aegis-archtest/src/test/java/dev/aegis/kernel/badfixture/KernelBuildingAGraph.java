package dev.aegis.kernel.badfixture;

import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.state.AgentState;

/** Fixture: LangGraph4j used outside the runtime. */
public final class KernelBuildingAGraph {

    public Class<?> graphType() {
        return StateGraph.class;
    }

    public Class<?> stateType() {
        return AgentState.class;
    }
}

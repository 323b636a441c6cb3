package dev.aegis.runtime.internal.graph;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;
import org.bsc.langgraph4j.serializer.StateSerializer;

/**
 * LangGraph4j copies the state before and after every node through {@link #cloneObject}; its
 * default does a Java-serialization round trip (~80 µs per run). Every value of a
 * {@link dev.aegis.api.state.RunState} is immutable, so copying the map is enough.
 */
final class ShallowCopySerializer extends StateSerializer<GraphState> {

    ShallowCopySerializer() {
        super(GraphState::new);
    }

    @Override
    public GraphState cloneObject(GraphState state) {
        return new GraphState(state.data());
    }

    @Override
    public void writeData(Map<String, Object> data, ObjectOutput out) {
        throw notCheckpointable();
    }

    @Override
    public Map<String, Object> readData(ObjectInput in) {
        throw notCheckpointable();
    }

    private static UnsupportedOperationException notCheckpointable() {
        return new UnsupportedOperationException("routes are compiled without a checkpointer; writing a run needs the durable run codec");
    }
}

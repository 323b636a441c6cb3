package dev.aegis.bench;

import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncNodeAction.node_async;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.serializer.StateSerializer;
import org.bsc.langgraph4j.state.AgentState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A bare LangGraph4j graph of four nodes over a small state of plain serializable values: with the
 * library's default state copy (a Java-serialization round trip per copy) and with a shallow copy.
 * The Aegis runtime cannot use the default at all (its state is not serializable), so this is the
 * comparison that shows what the shallow copy saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RawGraphBenchmark {

    private CompiledGraph<AgentState> deepCopy;
    private CompiledGraph<AgentState> shallowCopy;
    private Map<String, Object> input;

    @Setup
    public void compile() throws GraphStateException {
        deepCopy = fourNodes(new StateGraph<>(AgentState::new));
        shallowCopy = fourNodes(new StateGraph<>(new ShallowSerializer()));
        input = Map.of(
                "messages", new ArrayList<>(List.of("system: You are terse.", "user: Say hello.")),
                "labels", new HashMap<>(Map.of("team", "payments")),
                "events", new ArrayList<>(List.of("run.started")));
    }

    @Benchmark
    public Optional<AgentState> defaultDeepCopy() {
        return deepCopy.invoke(input);
    }

    @Benchmark
    public Optional<AgentState> shallowCopy() {
        return shallowCopy.invoke(input);
    }

    private static CompiledGraph<AgentState> fourNodes(StateGraph<AgentState> graph) throws GraphStateException {
        List<String> names = List.of("ingress", "route", "execute", "egress");
        for (String name : names) {
            graph.addNode(name, node_async(state -> Map.of("events", appended(state, name))));
        }
        graph.addEdge(START, names.get(0));
        for (int i = 0; i + 1 < names.size(); i++) {
            graph.addEdge(names.get(i), names.get(i + 1));
        }
        graph.addEdge(names.get(names.size() - 1), END);
        return graph.compile();
    }

    private static List<String> appended(AgentState state, String event) {
        List<String> events = new ArrayList<>(state.<List<String>>value("events").orElse(List.of()));
        events.add(event);
        return events;
    }

    private static final class ShallowSerializer extends StateSerializer<AgentState> {

        ShallowSerializer() {
            super(AgentState::new);
        }

        @Override
        public AgentState cloneObject(AgentState state) {
            return new AgentState(state.data());
        }

        @Override
        public void writeData(Map<String, Object> data, ObjectOutput out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> readData(ObjectInput in) {
            throw new UnsupportedOperationException();
        }
    }
}

package dev.aegis.runtime.internal.stream;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Puts streamed tool-call fragments back together, by index. */
final class ToolCallAssembler {

    private final TreeMap<Integer, Call> calls = new TreeMap<>();

    void add(ToolCallDelta delta) {
        Call call = calls.computeIfAbsent(delta.index(), index -> new Call());
        delta.id().ifPresent(id -> call.id = id);
        delta.name().ifPresent(name -> call.name = name);
        call.arguments.append(delta.arguments());
    }

    /** The name of the call at {@code index}, empty until a fragment named it. */
    String name(int index) {
        Call call = calls.get(index);
        return call == null ? "" : call.name;
    }

    int size() {
        return calls.size();
    }

    /** The calls so far, in index order. */
    List<ToolCall> calls() {
        List<ToolCall> assembled = new ArrayList<>(calls.size());
        calls.values().forEach(call -> assembled.add(new ToolCall(call.id, call.name, call.arguments.toString())));
        return List.copyOf(assembled);
    }

    void replaceArguments(int position, String arguments) {
        StringBuilder held = new ArrayList<>(calls.values()).get(position).arguments;
        held.replace(0, held.length(), arguments);
    }

    /** Each call as one whole fragment, for releasing calls that were held back. */
    List<ToolCallDelta> wholeDeltas() {
        List<ToolCallDelta> deltas = new ArrayList<>(calls.size());
        calls.forEach((index, call) ->
                deltas.add(new ToolCallDelta(index, Optional.of(call.id), Optional.of(call.name), call.arguments.toString())));
        return deltas;
    }

    private static final class Call {
        private String id = "";
        private String name = "";
        private final StringBuilder arguments = new StringBuilder();
    }
}

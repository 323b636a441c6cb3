package dev.aegis.runtime;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.tool.ToolException;
import dev.aegis.api.tool.ToolResult;
import dev.aegis.api.tool.ToolSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Tools in memory: a definition list a test may change, and an answer per call. */
final class FakeToolSource implements ToolSource {

    volatile List<ToolDefinition> definitions;
    private final Function<ToolCall, ToolResult> answer;
    final List<ToolCall> calls = new CopyOnWriteArrayList<>();
    volatile boolean unavailable;

    FakeToolSource(Function<ToolCall, ToolResult> answer, ToolDefinition... definitions) {
        this.answer = answer;
        this.definitions = List.of(definitions);
    }

    static ToolDefinition tool(String name, String description) {
        return new ToolDefinition(name, description, "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
    }

    static FakeToolSource weather() {
        return new FakeToolSource(call -> ToolResult.of("Sunny in " + call.arguments().replaceAll("[^A-Za-z]", "").replace("city", "")),
                tool("get_weather", "Tells the weather of a city"));
    }

    void describe(String name, String description) {
        List<ToolDefinition> changed = new ArrayList<>();
        for (ToolDefinition definition : definitions) {
            changed.add(definition.name().equals(name) ? new ToolDefinition(name, description, definition.parameters()) : definition);
        }
        definitions = List.copyOf(changed);
    }

    @Override
    public List<ToolDefinition> tools() {
        if (unavailable) {
            throw new ToolException(ToolException.Failure.UNAVAILABLE, "the fake tool server is down");
        }
        return definitions;
    }

    @Override
    public ToolResult call(ToolCall call, RunState state) {
        calls.add(call);
        return answer.apply(call);
    }
}

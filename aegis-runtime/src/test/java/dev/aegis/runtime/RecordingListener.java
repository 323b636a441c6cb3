package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Event;
import java.util.ArrayList;
import java.util.List;

/** Remembers what a streamed run released, and what the provider had handed out at each release. */
class RecordingListener implements StreamListener {

    private final FakeProvider provider;
    final StringBuilder text = new StringBuilder();
    final List<String> deltas = new ArrayList<>();
    final List<Integer> pulledAtRelease = new ArrayList<>();
    final List<Integer> closedAtRelease = new ArrayList<>();
    final List<ToolCallDelta> toolCalls = new ArrayList<>();
    final List<RunResult> ends = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    /** How much text had been released when each event arrived. */
    final List<Integer> textAtEvent = new ArrayList<>();

    RecordingListener(FakeProvider provider) {
        this.provider = provider;
    }

    @Override
    public void onEvent(Event event) {
        assertThat(ends).as("an event after the end").isEmpty();
        events.add(event);
        textAtEvent.add(text.length());
    }

    @Override
    public void onText(String delta) {
        text.append(delta);
        deltas.add(delta);
        pulledAtRelease.add(provider.pulled);
        closedAtRelease.add(provider.closed);
    }

    @Override
    public void onToolCall(ToolCallDelta delta) {
        toolCalls.add(delta);
        closedAtRelease.add(provider.closed);
    }

    @Override
    public void onEnd(RunResult result) {
        ends.add(result);
    }
}

package dev.aegis.runtime.internal.stream;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.ToolCall;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import dev.aegis.runtime.StreamListener;
import java.util.List;
import java.util.Optional;

/**
 * One streamed run's side of the client: what was released to the listener so far. A route either
 * gates the stream guard by guard as it flows, or holds the whole answer back until its egress
 * steps passed (a full-context guard or an egress node, which may rewrite anything).
 */
public final class StreamSession {

    private final StreamListener listener;
    private final boolean holdsAll;
    private boolean released;
    private int relayed;

    public StreamSession(StreamListener listener, boolean holdsAll) {
        this.listener = listener;
        this.holdsAll = holdsAll;
    }

    /** Whether the response gate releases the stream as it flows, having judged it for the egress guards. */
    public boolean gated() {
        return !holdsAll;
    }

    /** Whether any part of an answer reached the client; from then on nothing may be retried. */
    boolean released() {
        return released;
    }

    /** The provider answered: a stream released as it flows may start its response now. */
    void start() {
        if (!holdsAll) {
            listener.onStart();
        }
    }

    /** The provider has nothing more ready: what was released goes out now. */
    void flush() {
        if (released) {
            listener.flush();
        }
    }

    void text(String text) {
        if (!text.isEmpty()) {
            released = true;
            listener.onText(text);
        }
    }

    void toolCall(ToolCallDelta delta) {
        released = true;
        listener.onToolCall(delta);
    }

    /**
     * Hands the listener the events of the run's log it has not heard of yet: the log only grows, so
     * what was relayed is a prefix of it.
     */
    public void relay(RunState state) {
        List<Event> events = state.events();
        if (relayed >= events.size()) {
            return;
        }
        for (int i = relayed; i < events.size(); i++) {
            listener.onEvent(events.get(i));
        }
        relayed = events.size();
    }

    /** Ends the stream: the events not relayed yet, a held answer of a completed run released whole, then the outcome. */
    public void end(RunResult result) {
        relay(result.state());
        if (holdsAll && result.status() == RunStatus.COMPLETED) {
            result.answer().ifPresent(this::releaseWhole);
        }
        listener.onEnd(result);
    }

    private void releaseWhole(Message answer) {
        text(answer.content());
        for (int i = 0; i < answer.toolCalls().size(); i++) {
            ToolCall call = answer.toolCalls().get(i);
            toolCall(new ToolCallDelta(i, Optional.of(call.id()), Optional.of(call.name()), call.arguments()));
        }
    }
}

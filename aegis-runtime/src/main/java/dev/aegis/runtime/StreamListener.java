package dev.aegis.runtime;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Event;

/**
 * Receives a streamed run's output on the calling thread, in order: text and tool-call deltas as
 * the egress guards release them, then exactly one {@link #onEnd} (or {@link #onUnrecorded}). An exception thrown by a
 * listener (a client gone away) aborts the run, cancels the upstream call and propagates.
 */
public interface StreamListener {

    /**
     * The provider answered and its stream is on its way: a listener may send its headers now,
     * before the first text. Called at most once per model call, and only on routes that release
     * the answer as it flows (a route whose egress holds the whole answer back calls it never); may
     * come more than once in a run (a retry, a tool loop).
     */
    default void onStart() {}

    /**
     * Nothing more has arrived from the provider for now: send what was written since the last
     * flush. Text and tool-call deltas may be buffered until then, so the chunks that arrived
     * together leave in one write; {@link #onEnd} sends whatever is left.
     */
    default void flush() {}

    /**
     * An event of the run's log, as the step that recorded it finished (the run's first event before
     * any step): verdicts, routing, model calls, approvals, the outcome. Each event once, in log order;
     * a resumed run's stream starts with the events recorded before it paused. Events are facts about
     * the run, not its answer: they never count as released output, and no {@link #flush} follows
     * them, so a listener that relays them sends them when it sees fit. Ignored by default.
     */
    default void onEvent(Event event) {}

    /** Text the egress guards released; never empty. */
    void onText(String text);

    /** A fragment of a tool call the egress guards released. */
    void onToolCall(ToolCallDelta delta);

    /**
     * The run ended. Completed: {@link RunResult#finishReason()} and {@link RunResult#usage()}
     * close the answer. Refused, paused or failed: what was released so far is all there is, and
     * it must not be presented to the client as a finished answer.
     */
    void onEnd(RunResult result);

    /**
     * The run ended, in place of {@link #onEnd}, but could not be recorded: whatever was released
     * must not be acknowledged as a finished answer. The exception propagates to the caller next.
     */
    default void onUnrecorded(RunNotRecordedException error) {}
}

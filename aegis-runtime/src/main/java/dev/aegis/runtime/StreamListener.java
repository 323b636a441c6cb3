package dev.aegis.runtime;

import dev.aegis.api.model.ToolCallDelta;

/**
 * Receives a streamed run's output on the calling thread, in order: text and tool-call deltas as
 * the egress guards release them, then exactly one {@link #onEnd} (or {@link #onUnrecorded}). An exception thrown by a
 * listener (a client gone away) aborts the run, cancels the upstream call and propagates.
 */
public interface StreamListener {

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

package dev.aegis.runtime.internal.stream;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Optional;

/**
 * One streamed answer on its way to the client: text passes the egress guards' stages in route
 * order and what the last one lets through is released; the tool calls pass their own gate. Once a
 * guard halts the run nothing more is released.
 */
final class ResponseGate {

    private final List<TextStage> stages;
    private final ToolCallGate tools;
    private final Optional<StreamSession> release;
    private final StringBuilder answer = new StringBuilder();
    private RunState state;
    private Optional<String> finishReason = Optional.empty();
    private Usage usage = Usage.ZERO;

    ResponseGate(RunState state, List<TextStage> stages, ToolCallGate tools, Optional<StreamSession> release) {
        this.state = state;
        this.stages = stages;
        this.tools = tools;
        this.release = release;
    }

    void accept(ChatChunk chunk) {
        if (!chunk.content().isEmpty()) {
            pass(chunk.content(), 0);
        }
        for (ToolCallDelta delta : chunk.toolCalls()) {
            if (!halted()) {
                tools.accept(delta);
            }
        }
        chunk.finishReason().ifPresent(reason -> finishReason = Optional.of(reason));
        chunk.usage().ifPresent(reported -> usage = reported);
    }

    /** The stream ended normally: each stage lets go of what it held, the tool calls are judged. */
    void finish() {
        for (int i = 0; i < stages.size() && !halted(); i++) {
            TextStage.Passage tail = stages.get(i).finish(state);
            state = tail.state();
            if (!halted()) {
                pass(tail.text(), i + 1);
            }
        }
        if (!halted()) {
            state = tools.finish(state);
        }
    }

    boolean halted() {
        return state.halt().isPresent();
    }

    /** The run with the guards' verdicts. */
    RunState state() {
        return state;
    }

    Optional<String> finishReason() {
        return finishReason;
    }

    Usage usage() {
        return usage;
    }

    /** The answer as it went (or, when held, will go) to the client. */
    Message answer() {
        return Message.assistant(answer.toString(), tools.calls());
    }

    private void pass(String text, int fromStage) {
        String current = text;
        for (int i = fromStage; i < stages.size() && !current.isEmpty(); i++) {
            TextStage.Passage passage = stages.get(i).accept(state, current);
            state = passage.state();
            if (halted()) {
                return;
            }
            current = passage.text();
        }
        if (!current.isEmpty()) {
            answer.append(current);
            String released = current;
            release.ifPresent(session -> session.text(released));
        }
    }
}

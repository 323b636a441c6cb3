package dev.aegis.runtime.internal.stream;

import dev.aegis.api.state.RunState;

/** One egress guard watching a streamed answer's text as it flows to the client. */
interface TextStage {

    /** Text the stage lets through, and the run after its verdicts. */
    record Passage(RunState state, String text) {}

    /** Takes the next text; returns what may go on now. */
    Passage accept(RunState state, String text);

    /** The stream ended normally; returns what the stage still held. */
    Passage finish(RunState state);
}

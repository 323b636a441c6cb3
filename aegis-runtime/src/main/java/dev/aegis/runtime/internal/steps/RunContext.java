package dev.aegis.runtime.internal.steps;

import dev.aegis.runtime.internal.stream.StreamSession;
import java.util.Optional;

/**
 * What one run needs besides its state and must never be checkpointed with it: the listener of a
 * streamed run. Travels in the LangGraph4j run config.
 */
public final class RunContext {

    public static final String METADATA_KEY = "aegis.run-context";

    private static final RunContext BLOCKING = new RunContext(Optional.empty());

    private final Optional<StreamSession> stream;

    private RunContext(Optional<StreamSession> stream) {
        this.stream = stream;
    }

    public static RunContext blocking() {
        return BLOCKING;
    }

    public static RunContext streaming(StreamSession session) {
        return new RunContext(Optional.of(session));
    }

    public Optional<StreamSession> stream() {
        return stream;
    }
}

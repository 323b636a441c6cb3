package dev.aegis.runtime.internal;

import java.util.Optional;

/**
 * What one run needs besides its state and must never be checkpointed with it: the listener of a
 * streamed run. Travels in the LangGraph4j run config.
 */
final class RunContext {

    static final String METADATA_KEY = "aegis.run-context";

    private static final RunContext BLOCKING = new RunContext(Optional.empty());

    private final Optional<StreamSession> stream;

    private RunContext(Optional<StreamSession> stream) {
        this.stream = stream;
    }

    static RunContext blocking() {
        return BLOCKING;
    }

    static RunContext streaming(StreamSession session) {
        return new RunContext(Optional.of(session));
    }

    Optional<StreamSession> stream() {
        return stream;
    }
}

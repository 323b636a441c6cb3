package dev.aegis.runtime;

import dev.aegis.api.state.StateKey;

/** The state keys the runtime reads and writes besides those of {@link dev.aegis.api.state.RunState}. */
public final class RuntimeKeys {

    /**
     * The request's model, tools and parameters, read by the execute stage. Kept in the state
     * (rather than beside it) so that a paused run resumes with the request it was paused with.
     */
    public static final StateKey<ChatOptions> CHAT_OPTIONS = StateKey.of("runtime.chat-options");

    /** Why the model stopped, as on the wire; set by the execute stage. */
    public static final StateKey<String> FINISH_REASON = StateKey.of("runtime.finish-reason");

    private RuntimeKeys() {}
}

package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.StateKey;

/** State keys only the runtime itself reads. */
public final class ExecutionKeys {

    /** Set by the execute stage when every eligible target failed: the last failure. */
    public static final StateKey<ProviderException> FAILURE = StateKey.of("runtime.failure");

    private ExecutionKeys() {}
}

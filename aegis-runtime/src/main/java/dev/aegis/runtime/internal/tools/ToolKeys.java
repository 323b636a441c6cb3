package dev.aegis.runtime.internal.tools;

import dev.aegis.api.state.StateKey;
import java.util.Map;

/** State keys of a route's tool loop; written down with the rest of a paused run. */
public final class ToolKeys {

    /** The tools the gateway offered this run: tool name → the id of the source step that serves it. */
    public static final StateKey<Map<String, String>> OFFERED = StateKey.of("runtime.tools");

    /** How many rounds of tool calls the run made, as a decimal number. */
    public static final StateKey<String> ROUNDS = StateKey.of("runtime.tool-rounds");

    private ToolKeys() {}
}

package dev.aegis.runtime.internal.graph;

/** The graph's fixed node names; step nodes are named by their step ids. */
public final class NodeNames {

    public static final String EXECUTE = "execute";
    public static final String OFFER_TOOLS = "offer-tools";
    public static final String CALL_TOOLS = "call-tools";
    /** The label of the execute stage's edge into the tool loop. */
    static final String TOOL_CALLS = "tool_calls";
    static final String COMPLETED = "completed";
    static final String REFUSED = "refused";
    static final String PAUSED = "paused";
    static final String FAILED = "failed";

    private NodeNames() {}
}

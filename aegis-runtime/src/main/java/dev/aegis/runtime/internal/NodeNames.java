package dev.aegis.runtime.internal;

/** The graph's fixed node names; step nodes are named by their step ids. */
final class NodeNames {

    static final String EXECUTE = "execute";
    static final String COMPLETED = "completed";
    static final String REFUSED = "refused";
    static final String PAUSED = "paused";
    static final String FAILED = "failed";

    private NodeNames() {}
}

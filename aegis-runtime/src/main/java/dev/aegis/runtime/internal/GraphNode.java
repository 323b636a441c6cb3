package dev.aegis.runtime.internal;

import static java.util.Objects.requireNonNull;

/**
 * A node of the route's linear chain.
 *
 * @param canFail whether the step calls providers and may end the run as failed
 */
record GraphNode(String name, RouteStep step, boolean canFail) {

    GraphNode {
        requireNonNull(name, "name");
        requireNonNull(step, "step");
    }
}

package dev.aegis.api.node;

import dev.aegis.api.API;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;

/**
 * A step of a route's pipeline: reads the state, returns what changes. Routers are nodes too: they
 * narrow or reorder {@link RunState#TARGETS}. A node stops a run by putting a
 * {@link dev.aegis.api.state.Halt} into the delta. Thread-safe; plain blocking code is fine.
 */
@API(status = API.Status.STABLE)
@FunctionalInterface
public interface PipelineNode {

    StateDelta apply(RunState state);
}

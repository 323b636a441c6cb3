package dev.aegis.runtime.internal.steps;

import dev.aegis.api.state.RunState;

/** One node of a route's graph as the runtime writes it: plain blocking code from state to state. */
@FunctionalInterface
public interface RouteStep {

    RunState apply(RunState state, RunContext context);
}

/**
 * How a route runs: its steps compiled into one LangGraph4j graph (or walked without the engine when
 * nothing is checkpointed), the edges after each step and the nodes a run ends in; not an API. The
 * whole immutable {@link dev.aegis.api.state.RunState} travels under one LangGraph4j state key and is
 * copied shallowly between steps; request-scoped things that must never be checkpointed (a stream's
 * listener) travel in the LangGraph4j run config.
 */
package dev.aegis.runtime.internal.graph;

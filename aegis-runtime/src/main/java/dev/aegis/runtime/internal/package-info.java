/**
 * How routes run; not an API. The whole immutable {@link dev.aegis.api.state.RunState} travels
 * under one LangGraph4j state key and is copied shallowly between steps; request-scoped things that
 * must never be checkpointed (a stream's listener) travel in the LangGraph4j run config.
 */
package dev.aegis.runtime.internal;

/**
 * What the nodes of a route's graph do, as plain blocking code from state to state: guards, pipeline
 * nodes, the router, and the execute stage that calls providers with retries, fallback and circuit
 * breakers; not an API.
 */
package dev.aegis.runtime.internal.steps;

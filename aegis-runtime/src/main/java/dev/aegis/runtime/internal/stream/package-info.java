/**
 * The streaming gate: how a route's egress guards watch a streamed answer (text through window and
 * post-hoc stages, tool calls held until whole) before any of it is released to the client; not an API.
 */
package dev.aegis.runtime.internal.stream;

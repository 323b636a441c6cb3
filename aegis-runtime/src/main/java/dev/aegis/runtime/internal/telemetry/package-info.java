/**
 * The runtime's spans and metrics, on the OpenTelemetry API only and after the GenAI semantic
 * conventions: around a run, each step, each provider call and each tool call; not an API.
 */
package dev.aegis.runtime.internal.telemetry;

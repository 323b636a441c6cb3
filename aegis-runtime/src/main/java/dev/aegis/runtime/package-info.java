/**
 * Runs routes. {@link dev.aegis.runtime.RouteCompiler} turns each resolved
 * {@link dev.aegis.kernel.plan.RoutePlan} into a {@link dev.aegis.runtime.CompiledRoute} at startup:
 * one LangGraph4j graph per route (ingress steps, router, execute, egress steps, then
 * {@code completed}, {@code refused}, {@code paused} or {@code failed}), shared by every request and
 * run on the calling thread. LangGraph4j stays behind this package: nothing of it appears in these
 * signatures.
 *
 * <p>A run's outcome is a {@link dev.aegis.runtime.RunResult}; its event log records every
 * verdict, routing decision and model call, never the text a guard scanned.
 *
 * <p>Routes with {@code durability: none} walk their chain without the graph engine and cannot
 * pause: a run that needs approval is refused ({@code approval_unavailable}). Durable routes run
 * through the graph; with a {@link dev.aegis.runtime.durable.DurableStore} attached
 * ({@link dev.aegis.runtime.RouteCompiler#withDurability}) a run that needs approval is
 * checkpointed and paused, and {@link dev.aegis.runtime.CompiledRoute#resume} decides it later.
 */
package dev.aegis.runtime;

/**
 * Durable runs: routes whose runs can pause for human approval and resume later, in this process
 * or another. A {@link dev.aegis.runtime.durable.DurableStore} keeps paused runs (LangGraph4j
 * checkpoints of the whole run state, confidential keys encrypted) and their
 * {@link dev.aegis.runtime.durable.Approval approval requests}; a
 * {@link dev.aegis.runtime.durable.Decision} given to
 * {@link dev.aegis.runtime.CompiledRoute#resume} approves or rejects one, exactly once.
 *
 * <p>Per route, {@code durability} says what is written: {@code none}, nothing (a run needing
 * approval is refused, {@code approval_unavailable}); {@code pause-and-end} (the default), only a
 * paused run, deleted when it ends; {@code every-step}, a checkpoint after every step as well, also
 * deleted when the run ends. A finished run leaves no checkpoint behind; its approval row stays,
 * with who decided and when.
 */
package dev.aegis.runtime.durable;

package dev.aegis.pack.classification;

import dev.aegis.api.state.RunState;

/** One condition of a rule, compiled at load; thread-safe and free of per-request set-up. */
@FunctionalInterface
interface Condition {

    boolean holds(RunState state);
}

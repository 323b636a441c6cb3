package dev.aegis.pack.classification;

import dev.aegis.api.state.RunState;
import java.util.List;

/**
 * A rule ready to check: its conditions ordered cheapest first, so text is searched only when the
 * principal, labels and mask map already agree.
 */
record CompiledRule(String name, Level level, List<Condition> conditions) {

    CompiledRule {
        conditions = List.copyOf(conditions);
    }

    boolean fires(RunState state) {
        for (Condition condition : conditions) {
            if (!condition.holds(state)) {
                return false;
            }
        }
        return true;
    }
}

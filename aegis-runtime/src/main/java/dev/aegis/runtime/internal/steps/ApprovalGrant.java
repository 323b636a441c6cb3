package dev.aegis.runtime.internal.steps;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.StateKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an approver approved: the step that asked and the rules it asked for. An approved run runs
 * that step again (and, when the approver edited the conversation, every step from the start of
 * ingress), so it scans what it had not yet scanned and re-checks what was edited; a request for
 * approval that the grant covers (same step, no rule beyond the approved ones) is taken as approved
 * instead of pausing the run again. Anything else stands: a block refuses the run, a request from
 * another step or for another rule pauses it again. The grant is used up once its step has run,
 * so a later round of the tool loop asks again.
 */
public final class ApprovalGrant {

    /** {@code step} and {@code rules} (comma-separated, sorted) of the approved request. */
    public static final StateKey<Map<String, String>> KEY = StateKey.of("runtime.approval-grant");

    private static final String STEP = "step";
    private static final String RULES = "rules";

    private ApprovalGrant() {}

    /** The grant of an approved request of {@code step} for {@code rules}. */
    public static StateDelta granting(String step, Set<String> rules) {
        return StateDelta.of(KEY, Map.of(STEP, step, RULES, String.join(",", new TreeSet<>(rules))));
    }

    /** Whether {@code verdict}, a request for approval by {@code step}, was approved already. */
    static boolean covers(RunState state, String step, Verdict verdict) {
        return verdict instanceof Verdict.RequireApproval && covers(state, step, rules(verdict));
    }

    /** Whether a request for approval by {@code step} for {@code rules} was approved already. */
    static boolean covers(RunState state, String step, Set<String> rules) {
        Optional<Map<String, String>> grant = state.get(KEY).filter(granted -> step.equals(granted.get(STEP)));
        if (grant.isEmpty()) {
            return false;
        }
        Set<String> approved = split(grant.get().getOrDefault(RULES, ""));
        return approved.containsAll(rules);
    }

    /** The rule names of a verdict's evidence. */
    public static Set<String> rules(Verdict verdict) {
        return verdict.evidence().stream().map(Evidence::rule).collect(Collectors.toUnmodifiableSet());
    }

    /** Comma-separated rule names as a set; empty for an empty text. */
    public static Set<String> split(String rules) {
        return rules.isEmpty() ? Set.of() : Arrays.stream(rules.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code step}, which uses up the grant made for it once it has run. */
    public static RouteStep usedUpBy(String name, RouteStep step) {
        return (state, context) -> {
            boolean granted = state.get(KEY).filter(grant -> name.equals(grant.get(STEP))).isPresent();
            RunState after = step.apply(state, context);
            return granted ? after.apply(StateDelta.empty().without(KEY)) : after;
        };
    }
}

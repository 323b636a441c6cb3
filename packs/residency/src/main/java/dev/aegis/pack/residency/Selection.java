package dev.aegis.pack.residency;

import dev.aegis.api.state.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets a policy keeps, best first, and those it excluded with the requirement each failed.
 *
 * @param excluded {@code provider:requirement} pairs, comma-separated, in the run's target order
 * @param violated the names of the requirements that excluded a target, in the order first met
 */
record Selection(List<Target> kept, String excluded, List<String> violated) {

    Selection {
        kept = List.copyOf(kept);
        violated = List.copyOf(violated);
    }

    /**
     * Keeps the targets the policy allows, in the run's order. With {@code preferSameRegion} those
     * in the run's region then move ahead of the others, each group keeping its order, so the
     * result depends on nothing but the inputs.
     */
    static Selection select(List<Target> targets, CompiledPolicy policy, String runRegion, boolean preferSameRegion, Regions regions) {
        List<Target> sameRegion = new ArrayList<>(targets.size());
        List<Target> otherRegions = new ArrayList<>(targets.size());
        StringBuilder excluded = new StringBuilder();
        Set<String> violated = new LinkedHashSet<>(2);
        for (Target target : targets) {
            String targetRegion = regions.canonical(target.labels().get(Regions.KEY));
            Requirement failed = policy.firstViolated(target, targetRegion, runRegion);
            if (failed != null) {
                excluded.append(excluded.isEmpty() ? "" : ",").append(target.provider()).append(':').append(failed.name());
                violated.add(failed.name());
            } else if (preferSameRegion && runRegion != null && runRegion.equals(targetRegion)) {
                sameRegion.add(target);
            } else {
                otherRegions.add(target);
            }
        }
        sameRegion.addAll(otherRegions);
        return new Selection(sameRegion, excluded.toString(), List.copyOf(violated));
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }
}

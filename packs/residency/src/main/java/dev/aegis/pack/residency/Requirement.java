package dev.aegis.pack.residency;

import dev.aegis.api.state.Target;
import java.util.Set;

/**
 * One requirement of a policy, named {@code <level>.<key>} after the configuration that states it,
 * e.g. {@code restricted.same-region}; the name is what events and refusals report.
 */
sealed interface Requirement {

    String name();

    /**
     * @param targetRegion the target's canonical region, null when it declares none
     * @param runRegion the run's canonical data region, null when unknown
     */
    boolean allows(Target target, String targetRegion, String runRegion);

    record SameRegion(String name) implements Requirement {
        @Override
        public boolean allows(Target target, String targetRegion, String runRegion) {
            return runRegion != null && runRegion.equals(targetRegion);
        }
    }

    record InRegions(String name, Set<String> regions) implements Requirement {
        public InRegions {
            regions = Set.copyOf(regions);
        }

        @Override
        public boolean allows(Target target, String targetRegion, String runRegion) {
            return targetRegion != null && regions.contains(targetRegion);
        }
    }

    record HasTags(String name, Set<String> tags) implements Requirement {
        public HasTags {
            tags = Set.copyOf(tags);
        }

        @Override
        public boolean allows(Target target, String targetRegion, String runRegion) {
            return target.tags().containsAll(tags);
        }
    }
}

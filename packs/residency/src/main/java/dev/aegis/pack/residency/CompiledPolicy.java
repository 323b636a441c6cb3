package dev.aegis.pack.residency;

import dev.aegis.api.state.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A level's policy as requirements checked in a fixed order: same region, regions, tags. */
record CompiledPolicy(Level level, List<Requirement> requirements) {

    CompiledPolicy {
        requirements = List.copyOf(requirements);
    }

    static CompiledPolicy of(Level level, ResidencyConfig.Policy policy, Regions regions) {
        List<Requirement> requirements = new ArrayList<>(3);
        String prefix = level.label() + ".";
        if (policy.sameRegion()) {
            requirements.add(new Requirement.SameRegion(prefix + "same-region"));
        }
        if (!policy.regions().isEmpty()) {
            Set<String> canonical = policy.regions().stream().map(regions::canonical).collect(Collectors.toUnmodifiableSet());
            requirements.add(new Requirement.InRegions(prefix + "regions", canonical));
        }
        if (!policy.requireTags().isEmpty()) {
            requirements.add(new Requirement.HasTags(prefix + "require-tags", Set.copyOf(policy.requireTags())));
        }
        return new CompiledPolicy(level, requirements);
    }

    /** The first requirement the target fails, or null when it may receive the data. */
    Requirement firstViolated(Target target, String targetRegion, String runRegion) {
        for (Requirement requirement : requirements) {
            if (!requirement.allows(target, targetRegion, runRegion)) {
                return requirement;
            }
        }
        return null;
    }
}

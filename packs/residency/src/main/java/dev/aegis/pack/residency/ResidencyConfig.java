package dev.aegis.pack.residency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of {@code residency-router}.
 *
 * @param policies what a provider must be to receive data of a level; a level without a policy
 *     may go to any provider
 * @param unlabelledLevel the level of a run that carries no {@code classification} label;
 *     {@code internal} by default
 * @param defaultRegion the data region of a run whose principal has no {@code region} attribute
 * @param allowRegionLabel whether a request's own {@code region} label may give its data region
 *     when its principal has none; false by default, since clients write their labels
 * @param regionAliases other spellings of a region, e.g. {@code eu-west-1: eu}; applied to the
 *     run's region, to providers' {@code region} labels and to policies' {@code regions}
 * @param preferSameRegion whether providers in the run's region come first; true by default
 */
public record ResidencyConfig(
        Map<Level, Policy> policies,
        Level unlabelledLevel,
        Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> defaultRegion,
        Boolean allowRegionLabel,
        Map<@NotBlank String, @NotBlank String> regionAliases,
        Boolean preferSameRegion) {

    public ResidencyConfig {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        unlabelledLevel = unlabelledLevel == null ? Level.INTERNAL : unlabelledLevel;
        defaultRegion = defaultRegion == null ? Optional.empty() : defaultRegion;
        allowRegionLabel = allowRegionLabel != null && allowRegionLabel;
        regionAliases = regionAliases == null ? Map.of() : Map.copyOf(regionAliases);
        preferSameRegion = preferSameRegion == null || preferSameRegion;
    }

    /**
     * A provider must meet every stated requirement.
     *
     * @param sameRegion the provider's {@code region} label is the run's data region; a run of
     *     unknown region then goes nowhere
     * @param regions the provider's {@code region} label is one of these
     * @param requireTags the provider carries every one of these tags, e.g. {@code zero-retention}
     */
    public record Policy(Boolean sameRegion, List<@NotBlank String> regions, List<@NotBlank String> requireTags) {

        public static final Policy NONE = new Policy(null, null, null);

        public Policy {
            sameRegion = sameRegion != null && sameRegion;
            regions = regions == null ? List.of() : List.copyOf(regions);
            requireTags = requireTags == null ? List.of() : List.copyOf(requireTags);
        }
    }
}

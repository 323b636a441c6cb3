package dev.aegis.pack.residency;

import dev.aegis.api.state.RunState;
import java.util.Optional;

/**
 * How sensitive a run's data is and which region it belongs to, and where each fact came from,
 * for the audit.
 *
 * @param levelSource {@code label}, {@code unlabelled} or {@code unrecognised}
 * @param region canonical; null when unknown
 * @param regionSource {@code principal}, {@code label}, {@code default} or {@code none}
 */
record DataOrigin(Level level, String levelSource, String region, String regionSource) {

    /** The label a classification step writes. */
    static final String CLASSIFICATION_LABEL = "classification";

    /**
     * Reads the run's level and region. A classification that names no known level is treated as
     * the strictest, since the router cannot tell what it means and must not guess low. The
     * principal's region comes first because the authenticator vouches for it; a client's own
     * label comes next and only when the configuration allows it.
     */
    static DataOrigin of(RunState state, Level unlabelledLevel, Optional<String> defaultRegion, boolean allowRegionLabel, Regions regions) {
        Optional<String> label = state.label(CLASSIFICATION_LABEL);
        Level level;
        String levelSource;
        if (label.isEmpty()) {
            level = unlabelledLevel;
            levelSource = "unlabelled";
        } else {
            Optional<Level> named = Level.fromLabel(label.get());
            level = named.orElse(Level.strictest());
            levelSource = named.isPresent() ? "label" : "unrecognised";
        }
        String principalRegion = state.principal().flatMap(principal -> principal.attribute(Regions.KEY)).orElse(null);
        if (principalRegion != null && !principalRegion.isBlank()) {
            return new DataOrigin(level, levelSource, regions.canonical(principalRegion), "principal");
        }
        String labelRegion = allowRegionLabel ? state.labels().get(Regions.KEY) : null;
        if (labelRegion != null && !labelRegion.isBlank()) {
            return new DataOrigin(level, levelSource, regions.canonical(labelRegion), "label");
        }
        if (defaultRegion.isPresent()) {
            return new DataOrigin(level, levelSource, regions.canonical(defaultRegion.get()), "default");
        }
        return new DataOrigin(level, levelSource, null, "none");
    }

    /** For events and refusals. */
    String regionOrUnknown() {
        return region == null ? "unknown" : region;
    }
}

package dev.aegis.pack.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * How sensitive a request's data is, least sensitive first: the declaration order is the order
 * levels compare in, so a higher {@link #ordinal()} is always stricter.
 */
public enum Level {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    RESTRICTED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** As written into {@code labels.classification}, e.g. {@code confidential}. */
    public String label() {
        return label;
    }

    /** The label spelling, so configuration errors under a level read as the YAML does ({@code policies.restricted}). */
    @Override
    public String toString() {
        return label();
    }

    /** The level a label names, ignoring case and surrounding blanks; empty for anything else. */
    public static Optional<Level> fromLabel(String label) {
        String normalized = label.strip();
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(normalized)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public boolean isStricterThan(Level other) {
        return compareTo(other) > 0;
    }
}

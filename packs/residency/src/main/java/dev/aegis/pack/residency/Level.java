package dev.aegis.pack.residency;

import java.util.Locale;
import java.util.Optional;

/**
 * The classification levels this router has policies for, least sensitive first. They are the
 * values of {@code labels.classification}: the router shares that vocabulary with whatever wrote
 * the label, never its code.
 */
public enum Level {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    RESTRICTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
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

    public static Level strictest() {
        return RESTRICTED;
    }
}

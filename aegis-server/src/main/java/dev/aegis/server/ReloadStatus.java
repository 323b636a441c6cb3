package dev.aegis.server;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which load of {@code aegis.yaml} the gateway serves, and how the last reload went.
 *
 * @param generation 0 for the file loaded at start, one more at each applied reload
 * @param last the last reload tried, if any
 */
public record ReloadStatus(long generation, Optional<Attempt> last) {

    public ReloadStatus {
        java.util.Objects.requireNonNull(last, "last");
    }

    /** How a reload ended. */
    public enum Outcome {
        /** The new file is served. */
        APPLIED,
        /** The file did not load or compile: nothing changed. */
        REFUSED,
        /** The file changes a section that only a restart applies: nothing changed. */
        RESTART_REQUIRED
    }

    /**
     * @param trigger what asked for it: {@code signal}, {@code file} or {@code api}
     * @param errors the configuration errors, each with its path, or the sections that need a restart
     * @param restartRequiredFor the sections whose change only a restart applies
     */
    public record Attempt(Instant at, String trigger, Outcome outcome, List<String> errors, List<String> restartRequiredFor) {

        public Attempt {
            errors = List.copyOf(errors);
            restartRequiredFor = List.copyOf(restartRequiredFor);
        }
    }
}

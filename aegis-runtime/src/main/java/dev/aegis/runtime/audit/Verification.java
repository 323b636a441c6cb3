package dev.aegis.runtime.audit;

import java.util.Optional;

/**
 * What {@code audit verify} found.
 *
 * @param rows how many rows were checked
 * @param brokenAt the first row whose chain does not hold, if any
 * @param problem what is wrong there, e.g. "row 42 was edited"
 */
public record Verification(long rows, Optional<Long> brokenAt, Optional<String> problem) {

    public boolean intact() {
        return brokenAt.isEmpty();
    }

    static Verification intact(long rows) {
        return new Verification(rows, Optional.empty(), Optional.empty());
    }

    static Verification broken(long rows, long at, String problem) {
        return new Verification(rows, Optional.of(at), Optional.of(problem));
    }
}

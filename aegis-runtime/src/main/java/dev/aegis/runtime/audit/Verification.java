package dev.aegis.runtime.audit;

import java.util.Optional;

/**
 * What {@code audit verify} found.
 *
 * @param chains how many chains were checked (one per gateway instance that wrote)
 * @param entries how many entries were checked
 * @param events how many events those entries hold
 * @param archived how many of the chains' oldest entries were moved to archive segments; counted in
 *     {@code entries} only when the archive was checked too
 * @param brokenAt the id of the first entry whose chain does not hold, if any
 * @param problem what is wrong there, e.g. "entry 42 of chain gw-a was edited"
 */
public record Verification(int chains, long entries, long events, long archived, Optional<Long> brokenAt, Optional<String> problem) {

    public boolean intact() {
        return brokenAt.isEmpty();
    }

    static Verification intact(int chains, long entries, long events, long archived) {
        return new Verification(chains, entries, events, archived, Optional.empty(), Optional.empty());
    }

    static Verification broken(int chains, long entries, long events, long archived, long at, String problem) {
        return new Verification(chains, entries, events, archived, Optional.of(at), Optional.of(problem));
    }
}

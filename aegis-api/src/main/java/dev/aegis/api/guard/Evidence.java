package dev.aegis.api.guard;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * Why a guard decided what it did: which rule matched and where. Goes to the audit log, so the
 * excerpt must never hold a secret or personal data in clear; describe it ({@code "<EMAIL>"}) instead.
 *
 * @param rule the rule that matched, e.g. {@code "competitor-name"}
 * @param excerpt a safe description of what matched
 * @param start offset of the match in the scanned text, or -1 when not positional
 * @param end offset just past the match, or -1
 */
@API(status = API.Status.STABLE)
public record Evidence(String rule, String excerpt, int start, int end) {

    public Evidence {
        requireNonNull(rule, "rule");
        requireNonNull(excerpt, "excerpt");
        if (start < -1 || end < start) {
            throw new IllegalArgumentException("bad evidence span: " + start + ".." + end);
        }
    }

    public static Evidence of(String rule, String excerpt) {
        return new Evidence(rule, excerpt, -1, -1);
    }
}

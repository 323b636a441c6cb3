package dev.aegis.runtime.tools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What a route knows of one tool: the definition it trusts, and a changed one waiting for approval.
 *
 * @param source the id of the route's tool-source step, e.g. {@code tools.1.mcp}
 * @param approvedHash the hash of the definition the route offers; empty until one was approved
 * @param pendingHash the hash of a definition seen since, quarantined until approved
 * @param pendingDescription that definition's description, for whoever reviews it
 * @param pendingParameters that definition's JSON Schema, for whoever reviews it
 */
public record ToolPin(String route, String source, String tool, Optional<String> approvedHash, Optional<String> pendingHash,
        String pendingDescription, String pendingParameters, Instant firstSeen, Instant updatedAt, Optional<String> decidedBy) {

    public ToolPin {
        requireNonNull(route, "route");
        requireNonNull(source, "source");
        requireNonNull(tool, "tool");
        requireNonNull(approvedHash, "approvedHash");
        requireNonNull(pendingHash, "pendingHash");
        requireNonNull(pendingDescription, "pendingDescription");
        requireNonNull(pendingParameters, "pendingParameters");
        requireNonNull(firstSeen, "firstSeen");
        requireNonNull(updatedAt, "updatedAt");
        requireNonNull(decidedBy, "decidedBy");
    }

    /** {@code quarantined} while a definition waits for approval, else {@code approved}. */
    public String status() {
        return pendingHash.isPresent() ? "quarantined" : "approved";
    }

    /** The pin's public identifier: route, source step and tool, joined by {@code /}. */
    public String id() {
        return route + "/" + source + "/" + tool;
    }
}

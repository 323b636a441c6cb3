package dev.aegis.client.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A route's trust in a tool's definition. A quarantined pin carries the {@code pending} definition
 * to review; approving it needs that definition's hash.
 */
public record ToolPin(
        String id,
        String route,
        String source,
        String tool,
        ToolPinStatus status,
        Optional<String> approvedHash,
        Optional<Pending> pending,
        Instant firstSeen,
        Instant updated,
        Optional<String> decidedBy) {

    /** The schema's constant {@code object}. */
    public static final String OBJECT = "tool_pin";

    public ToolPin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(status, "status");
        approvedHash = Objects.requireNonNullElse(approvedHash, Optional.empty());
        pending = Objects.requireNonNullElse(pending, Optional.empty());
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(updated, "updated");
        decidedBy = Objects.requireNonNullElse(decidedBy, Optional.empty());
    }

    /** A definition waiting for review; {@code parameters} is its JSON Schema as text. */
    public record Pending(String hash, String description, String parameters) {

        public Pending {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(parameters, "parameters");
        }
    }
}

package dev.aegis.client.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a run stopped short: a refusal ({@code kind} and perhaps {@code retryAt} set) or a pause for an
 * approval ({@code code} {@code approval_required}).
 */
public record Halt(String source, String code, String reason, Optional<String> kind, Optional<Instant> retryAt) {

    public Halt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        kind = Objects.requireNonNullElse(kind, Optional.empty());
        retryAt = Objects.requireNonNullElse(retryAt, Optional.empty());
    }
}

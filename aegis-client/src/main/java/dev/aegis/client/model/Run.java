package dev.aegis.client.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A governed run, whatever its outcome: its status, released output, why it halted, usage, the
 * passages it cited and its event log.
 */
public record Run(
        String id,
        String route,
        RunStatus status,
        Optional<Message> output,
        Optional<String> finishReason,
        Optional<Halt> halt,
        Optional<RunFailure> error,
        Optional<String> target,
        RunUsage usage,
        Map<String, String> labels,
        List<RunEvent> events,
        List<Citation> citations) implements RunStreamEvent, ApprovalResult {

    /** The schema's constant {@code object}. */
    public static final String OBJECT = "run";

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(status, "status");
        output = Objects.requireNonNullElse(output, Optional.empty());
        finishReason = Objects.requireNonNullElse(finishReason, Optional.empty());
        halt = Objects.requireNonNullElse(halt, Optional.empty());
        error = Objects.requireNonNullElse(error, Optional.empty());
        target = Objects.requireNonNullElse(target, Optional.empty());
        Objects.requireNonNull(usage, "usage");
        labels = Map.copyOf(Objects.requireNonNullElse(labels, Map.of()));
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        citations = List.copyOf(Objects.requireNonNullElse(citations, List.of()));
    }

    /** The released text, or the empty string when there is none (refused, paused, failed, tool calls only). */
    public String text() {
        return output.map(Message::text).orElse("");
    }

    public boolean isPaused() {
        return status == RunStatus.PAUSED;
    }
}

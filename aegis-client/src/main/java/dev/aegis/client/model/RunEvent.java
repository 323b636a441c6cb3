package dev.aegis.client.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One entry of a run's event log, e.g. {@code run.started}, {@code verdict}, {@code routed}, {@code completed}. */
public record RunEvent(Instant time, String source, String type, String detail, Map<String, String> attributes) implements RunStreamEvent {

    public RunEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
    }
}

package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a node changes: values per key, merged by each key's rule. Immutable; each {@code with}
 * returns a new delta.
 */
@API(status = API.Status.STABLE)
public final class StateDelta {

    private static final StateDelta EMPTY = new StateDelta(Map.of());

    private final Map<StateKey<?>, Object> values;

    private StateDelta(Map<StateKey<?>, Object> values) {
        this.values = values;
    }

    public static StateDelta empty() {
        return EMPTY;
    }

    public static <T> StateDelta of(StateKey<T> key, T value) {
        return EMPTY.with(key, value);
    }

    /** Adds an update of {@code key}; a second update of the same key in one delta is merged into the first. */
    public <T> StateDelta with(StateKey<T> key, T value) {
        requireNonNull(key, "key");
        requireNonNull(value, () -> "value of state key " + key);
        Map<StateKey<?>, Object> next = new LinkedHashMap<>(values);
        next.merge(key, value, (current, update) -> key.merge(cast(current), cast(update)));
        return new StateDelta(Collections.unmodifiableMap(next));
    }

    public StateDelta event(Event event) {
        return with(RunState.EVENTS, List.of(event));
    }

    public StateDelta label(String name, String value) {
        return with(RunState.LABELS, Map.of(name, value));
    }

    public StateDelta halt(Halt halt) {
        return with(RunState.HALT, halt);
    }

    /** This delta followed by {@code other}. */
    public StateDelta and(StateDelta other) {
        StateDelta combined = this;
        for (Map.Entry<StateKey<?>, Object> entry : other.values.entrySet()) {
            combined = combined.withUnchecked(entry.getKey(), entry.getValue());
        }
        return combined;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<StateKey<?>, Object> values() {
        return values;
    }

    @SuppressWarnings("unchecked")
    private StateDelta withUnchecked(StateKey<?> key, Object value) {
        return with((StateKey<Object>) key, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return "StateDelta" + values.keySet();
    }
}

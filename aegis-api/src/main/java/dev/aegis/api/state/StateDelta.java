package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a node changes: values per key, merged by each key's rule. Immutable; each {@code with}
 * returns a new delta. Deltas are small and built on every step, so they are kept as two short
 * arrays rather than a map.
 */
@API(status = API.Status.STABLE)
public final class StateDelta {

    private static final StateDelta EMPTY = new StateDelta(new StateKey<?>[0], new Object[0]);
    /** Marks a removal; never stored in a state. */
    static final Object REMOVED = new Object() {
        @Override
        public String toString() {
            return "<removed>";
        }
    };

    private final StateKey<?>[] keys;
    private final Object[] values;

    private StateDelta(StateKey<?>[] keys, Object[] values) {
        this.keys = keys;
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
        if (value == null) {
            throw new NullPointerException("value of state key " + key);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                Object[] merged = values.clone();
                merged[i] = values[i] == REMOVED ? new Replacement(value)
                        : values[i] instanceof Replacement replacement ? new Replacement(key.merge(cast(replacement.value()), value))
                        : key.merge(cast(values[i]), value);
                return new StateDelta(keys, merged);
            }
        }
        StateKey<?>[] moreKeys = Arrays.copyOf(keys, keys.length + 1);
        Object[] moreValues = Arrays.copyOf(values, values.length + 1);
        moreKeys[keys.length] = key;
        moreValues[values.length] = value;
        return new StateDelta(moreKeys, moreValues);
    }

    /**
     * Removes {@code key} from the state, whatever its merge rule: e.g. an approved run's halt is
     * cleared before it resumes. A later update of the key in the same delta sets it again.
     */
    public StateDelta without(StateKey<?> key) {
        requireNonNull(key, "key");
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                Object[] replaced = values.clone();
                replaced[i] = REMOVED;
                return new StateDelta(keys, replaced);
            }
        }
        StateKey<?>[] moreKeys = Arrays.copyOf(keys, keys.length + 1);
        Object[] moreValues = Arrays.copyOf(values, values.length + 1);
        moreKeys[keys.length] = key;
        moreValues[values.length] = REMOVED;
        return new StateDelta(moreKeys, moreValues);
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
        for (int i = 0; i < other.keys.length; i++) {
            combined = combined.withUnchecked(other.keys[i], other.values[i]);
        }
        return combined;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The updates by key, in the order they were added; removals are in {@link #removals()}. */
    public Map<StateKey<?>, Object> values() {
        Map<StateKey<?>, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != REMOVED) {
                map.put(keys[i], values[i] instanceof Replacement replacement ? replacement.value() : values[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The keys this delta removes (and may set again, see {@link #values()}). */
    public java.util.Set<StateKey<?>> removals() {
        java.util.Set<StateKey<?>> removed = new java.util.LinkedHashSet<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i] == REMOVED || values[i] instanceof Replacement) {
                removed.add(keys[i]);
            }
        }
        return Collections.unmodifiableSet(removed);
    }

    /** A value that replaces the state's, unmerged: what a removal followed by an update of the key leaves. */
    record Replacement(Object value) {}

    int size() {
        return keys.length;
    }

    StateKey<?> key(int index) {
        return keys[index];
    }

    Object value(int index) {
        return values[index];
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
        return "StateDelta" + Arrays.toString(keys);
    }
}

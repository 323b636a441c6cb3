package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.function.BinaryOperator;

/**
 * A typed key of {@link RunState}. Two keys are equal when their names are, so independent plugins
 * may declare the same key without importing each other.
 *
 * <p>A key owns how a delta is merged into the current value ({@link #merge}) and whether its value
 * is {@linkplain #confidential() confidential}: confidential values never reach model-visible text,
 * logs, audit or telemetry, and are encrypted when a run is checkpointed.
 *
 * @param <T> the value type; values must be immutable
 */
@API(status = API.Status.STABLE)
public final class StateKey<T> {

    private final String name;
    private final BinaryOperator<T> merge;
    private final boolean confidential;
    /** The name's hash, read by {@link RunState}'s key search before it compares names. */
    final int hash;

    private StateKey(String name, BinaryOperator<T> merge, boolean confidential) {
        this.name = requireNonNull(name, "name");
        this.merge = requireNonNull(merge, "merge");
        this.confidential = confidential;
        this.hash = name.hashCode();
        if (!name.matches("[a-z][a-z0-9]*([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("state key name must be lower-case, dotted or kebab-case: " + name);
        }
    }

    /** A key whose new value replaces the old one. */
    public static <T> StateKey<T> of(String name) {
        return new StateKey<>(name, (current, update) -> update, false);
    }

    /** A key whose updates are combined with the current value by {@code merge(current, update)}. */
    public static <T> StateKey<T> merging(String name, BinaryOperator<T> merge) {
        return new StateKey<>(name, merge, false);
    }

    /** A confidential key: see the class documentation. */
    public static <T> StateKey<T> confidential(String name, BinaryOperator<T> merge) {
        return new StateKey<>(name, merge, true);
    }

    public String name() {
        return name;
    }

    public boolean confidential() {
        return confidential;
    }

    /** Combines the current value with an update. */
    public T merge(T current, T update) {
        return requireNonNull(merge.apply(current, update), () -> "merge of state key " + name + " returned null");
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StateKey<?> key && key.name.equals(name);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@link #equals} without the type test, for two keys known to be keys. */
    boolean sameAs(StateKey<?> other) {
        return this == other || hash == other.hash && name.equals(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}

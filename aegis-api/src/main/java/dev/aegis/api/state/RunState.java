package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.auth.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable state flowing through a route's graph. Nodes never talk to each other: each reads
 * the state and returns a {@link StateDelta}, which the runtime applies with {@link #apply}.
 * Applying a delta copies a small map of references, never the values, which are immutable.
 */
@API(status = API.Status.STABLE)
public final class RunState {

    public static final StateKey<String> RUN_ID = StateKey.of("run-id");
    public static final StateKey<String> ROUTE = StateKey.of("route");
    public static final StateKey<Principal> PRINCIPAL = StateKey.of("principal");
    /** The conversation, replaced whole by a delta (a sanitizing guard rewrites it). */
    public static final StateKey<List<Message>> MESSAGES = StateKey.of("messages");
    /** Free-form labels; a delta's entries are added to (and override) the current ones. */
    public static final StateKey<Map<String, String>> LABELS = StateKey.merging("labels", RunState::mergeMaps);
    /** Placeholders and their originals; confidential. A delta's entries are added. */
    public static final StateKey<MaskMap> MASK_MAP = StateKey.confidential("mask-map", MaskMap::plus);
    /** The targets still eligible, best first; the route stage narrows or reorders them. */
    public static final StateKey<List<Target>> TARGETS = StateKey.of("targets");
    /** The target that served the run, once the execute stage has called one. */
    public static final StateKey<Target> TARGET = StateKey.of("target");
    /** Append-only: a delta's events are appended, nothing is ever removed. */
    public static final StateKey<List<Event>> EVENTS = StateKey.merging("events", RunState::append);
    /** Accumulates: a delta's usage is added to the current usage. */
    public static final StateKey<Usage> USAGE = StateKey.merging("usage", Usage::plus);
    /** Set when a node refuses the run or sends it for approval. */
    public static final StateKey<Halt> HALT = StateKey.of("halt");

    private static final RunState EMPTY = new RunState(Map.of());

    private final Map<StateKey<?>, Object> values;

    private RunState(Map<StateKey<?>, Object> values) {
        this.values = values;
    }

    /** A fresh run's state. */
    public static RunState start(String runId, String route, Principal principal, List<Message> messages) {
        return EMPTY.apply(StateDelta.empty()
                .with(RUN_ID, runId)
                .with(ROUTE, route)
                .with(PRINCIPAL, principal)
                .with(MESSAGES, List.copyOf(messages)));
    }

    /** A state holding exactly these values, as a checkpoint restores it. */
    public static RunState of(Map<StateKey<?>, Object> values) {
        values.forEach((key, value) -> requireNonNull(value, () -> "value of state key " + key));
        return new RunState(Collections.unmodifiableMap(new HashMap<>(values)));
    }

    public <T> Optional<T> get(StateKey<T> key) {
        @SuppressWarnings("unchecked")
        T value = (T) values.get(key);
        return Optional.ofNullable(value);
    }

    public <T> T getOrDefault(StateKey<T> key, T defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The state after merging {@code delta} in, key by key; this state is unchanged. */
    public RunState apply(StateDelta delta) {
        if (delta.isEmpty()) {
            return this;
        }
        Map<StateKey<?>, Object> next = HashMap.newHashMap(values.size() + delta.size());
        next.putAll(values);
        for (int i = 0; i < delta.size(); i++) {
            StateKey<?> key = delta.key(i);
            Object update = delta.value(i);
            Object current = next.get(key);
            next.put(key, current == null ? update : mergeUnchecked(key, current, update));
        }
        return new RunState(Collections.unmodifiableMap(next));
    }

    /** Every value, keyed; for serializers. Confidential keys are included: check {@link StateKey#confidential()}. */
    public Map<StateKey<?>, Object> values() {
        return values;
    }

    public String runId() {
        return get(RUN_ID).orElseThrow(() -> new IllegalStateException("run state has no run id"));
    }

    public String route() {
        return getOrDefault(ROUTE, "");
    }

    public Optional<Principal> principal() {
        return get(PRINCIPAL);
    }

    public List<Message> messages() {
        return getOrDefault(MESSAGES, List.of());
    }

    public Map<String, String> labels() {
        return getOrDefault(LABELS, Map.of());
    }

    public Optional<String> label(String name) {
        return Optional.ofNullable(labels().get(name));
    }

    public MaskMap maskMap() {
        return getOrDefault(MASK_MAP, MaskMap.EMPTY);
    }

    public List<Target> targets() {
        return getOrDefault(TARGETS, List.of());
    }

    public List<Event> events() {
        return getOrDefault(EVENTS, List.of());
    }

    public Usage usage() {
        return getOrDefault(USAGE, Usage.ZERO);
    }

    public Optional<Halt> halt() {
        return get(HALT);
    }

    /** The last assistant message, if the model has answered. */
    public Optional<Message> lastAssistantMessage() {
        List<Message> messages = messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.ASSISTANT) {
                return Optional.of(messages.get(i));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Object mergeUnchecked(StateKey<?> key, Object current, Object update) {
        return ((StateKey<Object>) key).merge(current, update);
    }

    private static Map<String, String> mergeMaps(Map<String, String> current, Map<String, String> update) {
        Map<String, String> merged = new LinkedHashMap<>(current);
        merged.putAll(update);
        return Collections.unmodifiableMap(merged);
    }

    private static List<Event> append(List<Event> current, List<Event> update) {
        List<Event> appended = new ArrayList<>(current.size() + update.size());
        appended.addAll(current);
        appended.addAll(update);
        return Collections.unmodifiableList(appended);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RunState{");
        values.forEach((key, value) -> text.append(key).append('=').append(key.confidential() ? "<confidential>" : value).append(", "));
        return text.append('}').toString();
    }
}

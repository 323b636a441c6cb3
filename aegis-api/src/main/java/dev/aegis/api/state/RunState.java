package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    /** The request's model, tools and other parameters, as the client sent them. */
    public static final StateKey<ChatOptions> CHAT_OPTIONS = StateKey.of("chat-options");
    /** The model that answered, as the provider named it, once one answered. */
    public static final StateKey<String> MODEL = StateKey.of("model");
    /** Why the model stopped, as on the wire ({@code stop}, {@code length}, {@code tool_calls}, …). */
    public static final StateKey<String> FINISH_REASON = StateKey.of("finish-reason");
    /**
     * Text retrieved for the run, best first, given to the model as data with the conversation; replaced
     * whole by a delta (a retrieving node appends to what it found, a sanitizing guard rewrites it).
     */
    public static final StateKey<List<Passage>> PASSAGES = StateKey.of("passages");
    /** Set when a node refuses the run or sends it for approval. */
    public static final StateKey<Halt> HALT = StateKey.of("halt");

    private static final RunState EMPTY = new RunState(new StateKey<?>[0], new Object[0]);

    // Two short parallel arrays: a run holds a dozen keys and is copied on every step, and copying
    // arrays is far cheaper than rehashing a map.
    private final StateKey<?>[] keys;
    private final Object[] values;

    private RunState(StateKey<?>[] keys, Object[] values) {
        this.keys = keys;
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
        StateKey<?>[] keys = new StateKey<?>[values.size()];
        Object[] copied = new Object[values.size()];
        int i = 0;
        for (Map.Entry<StateKey<?>, Object> entry : values.entrySet()) {
            keys[i] = requireNonNull(entry.getKey(), "key");
            copied[i] = requireNonNull(entry.getValue(), () -> "value of state key " + entry.getKey());
            i++;
        }
        return new RunState(keys, copied);
    }

    public <T> Optional<T> get(StateKey<T> key) {
        int index = indexOf(keys, key);
        @SuppressWarnings("unchecked")
        T value = index < 0 ? null : (T) values[index];
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
        StateKey<?>[] nextKeys = Arrays.copyOf(keys, keys.length + delta.size());
        Object[] nextValues = Arrays.copyOf(values, values.length + delta.size());
        int size = keys.length;
        for (int i = 0; i < delta.size(); i++) {
            StateKey<?> key = delta.key(i);
            Object update = delta.value(i);
            int index = indexOf(nextKeys, key, size);
            if (update == StateDelta.REMOVED) {
                if (index >= 0) {
                    size--;
                    nextKeys[index] = nextKeys[size];
                    nextValues[index] = nextValues[size];
                    nextKeys[size] = null;
                    nextValues[size] = null;
                }
            } else if (update instanceof StateDelta.Replacement replacement) {
                if (index < 0) {
                    nextKeys[size] = key;
                    nextValues[size] = replacement.value();
                    size++;
                } else {
                    nextValues[index] = replacement.value();
                }
            } else if (index < 0) {
                nextKeys[size] = key;
                nextValues[size] = update;
                size++;
            } else {
                nextValues[index] = mergeUnchecked(key, nextValues[index], update);
            }
        }
        return size == nextKeys.length
                ? new RunState(nextKeys, nextValues)
                : new RunState(Arrays.copyOf(nextKeys, size), Arrays.copyOf(nextValues, size));
    }

    /** Every value, keyed; for serializers. Confidential keys are included: check {@link StateKey#confidential()}. */
    public Map<StateKey<?>, Object> values() {
        Map<StateKey<?>, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
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

    private static int indexOf(StateKey<?>[] keys, StateKey<?> key) {
        return indexOf(keys, key, keys.length);
    }

    // one pass: the same instance, or (a key another plugin made by the same name) the same hash and name;
    // a key that is absent, the common case for optional keys, costs an int compare per key present
    private static int indexOf(StateKey<?>[] keys, StateKey<?> key, int size) {
        for (int i = 0; i < size; i++) {
            if (keys[i].sameAs(key)) {
                return i;
            }
        }
        return -1;
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
        for (int i = 0; i < keys.length; i++) {
            text.append(keys[i]).append('=').append(keys[i].confidential() ? "<confidential>" : values[i]).append(", ");
        }
        return text.append('}').toString();
    }
}

package dev.aegis.runtime.durable.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateKey;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RunState} as checkpoint bytes: UTF-8 JSON of the form
 * {@code {"format":1, "values":{…}, "plain":{…}, "sealed":{…}}}. {@code values} holds the keys the
 * contracts define, in their own JSON shapes; {@code plain} holds pack-defined keys, typed (see
 * {@link PlainValues}); {@code sealed} holds every {@linkplain StateKey#confidential() confidential}
 * key, whichever kind, and the retrieved passages ({@link RunState#PASSAGES}), encrypted with
 * {@link StateCipher} so their values never appear in the bytes.
 *
 * <p>Writing fails on a value it cannot write back exactly, naming the key and the type: at
 * checkpoint time, not at resume time. Errors never quote values.
 */
public final class RunStateCodec {

    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StateCipher cipher;
    private final PlainValues plain;

    public RunStateCodec(StateCipher cipher, ClassLoader stateClasses) {
        this.cipher = requireNonNull(cipher, "cipher");
        this.plain = new PlainValues(requireNonNull(stateClasses, "stateClasses"));
    }

    public byte[] encode(RunState state) {
        String runId = state.runId();
        ObjectNode root = Json.object().put("format", FORMAT);
        ObjectNode values = root.putObject("values");
        ObjectNode plainValues = root.putObject("plain");
        ObjectNode sealed = root.putObject("sealed");
        for (Map.Entry<StateKey<?>, Object> entry : state.values().entrySet()) {
            StateKey<?> key = entry.getKey();
            Optional<KnownKeys.Known<?>> known = KnownKeys.of(key.name());
            JsonNode json = known.map(k -> writeKnown(k, key, entry.getValue())).orElseGet(() -> plain.write(key.name(), entry.getValue()));
            if (key.confidential() || known.map(k -> k.key().confidential() || k.sealed()).orElse(false)) {
                sealed.put(key.name(), Base64.getEncoder().encodeToString(cipher.seal(bytes(json), runId, key.name())));
            } else {
                (known.isPresent() ? values : plainValues).set(key.name(), json);
            }
        }
        return bytes(root);
    }

    public RunState decode(byte[] payload, String runId) {
        JsonNode root = tree(payload);
        if (Json.number(root, "format") != FORMAT) {
            throw Json.corrupt("format " + root.get("format") + " is not " + FORMAT + " (written by another version?)");
        }
        Map<StateKey<?>, Object> state = new LinkedHashMap<>();
        Json.field(root, "values").properties().forEach(entry -> {
            KnownKeys.Known<?> known = KnownKeys.of(entry.getKey())
                    .orElseThrow(() -> Json.corrupt("'" + entry.getKey() + "' is not a key of the contracts"));
            state.put(known.key(), known.read().apply(entry.getValue()));
        });
        Json.field(root, "plain").properties().forEach(entry ->
                state.put(StateKey.of(entry.getKey()), plain.read(entry.getKey(), entry.getValue())));
        Json.field(root, "sealed").properties().forEach(entry -> {
            String name = entry.getKey();
            byte[] opened = cipher.open(Base64.getDecoder().decode(Json.text(root.get("sealed"), name)), runId, name);
            JsonNode json = tree(opened);
            Optional<KnownKeys.Known<?>> known = KnownKeys.of(name);
            if (known.isPresent()) {
                state.put(known.get().key(), known.get().read().apply(json));
            } else {
                state.put(StateKey.confidential(name, (current, update) -> update), plain.read(name, json));
            }
        });
        RunState restored = RunState.of(state);
        if (!restored.runId().equals(runId)) {
            throw Json.corrupt("the checkpoint of run " + runId + " holds another run");
        }
        return restored;
    }

    private static JsonNode writeKnown(KnownKeys.Known<?> known, StateKey<?> key, Object value) {
        try {
            return known.writeUnchecked(value);
        } catch (ClassCastException e) {
            throw PlainValues.notCheckpointable(key.name(), "a " + value.getClass().getName() + " where the contracts define another type");
        }
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a checkpoint", e);
        }
    }

    private static JsonNode tree(byte[] payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (IOException e) {
            throw Json.corrupt("not JSON");
        }
    }
}

package dev.aegis.runtime.durable.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state keys the contracts and the runtime define, each with the JSON form of its value type.
 * A restored state holds these very key instances, merge rules included.
 */
final class KnownKeys {

    /** The runtime's provider failure key; named here rather than imported so the codec stays below the engine. */
    static final StateKey<ProviderException> PROVIDER_FAILURE = StateKey.of("runtime.failure");

    /** The runtime's tool-loop keys, named here for the same reason. */
    static final StateKey<java.util.Map<String, String>> TOOLS_OFFERED = StateKey.of("runtime.tools");
    static final StateKey<String> TOOL_ROUNDS = StateKey.of("runtime.tool-rounds");

    /** The runtime's approval grant key (see the engine's {@code ApprovalGrant}), named here for the same reason. */
    static final StateKey<Map<String, String>> APPROVAL_GRANT = StateKey.of("runtime.approval-grant");

    /**
     * @param sealed kept encrypted in checkpoints like a confidential key, though the contracts do not mark
     *     it confidential: retrieved passages, which may be read only by their collections' readers, and
     *     which hold clear text when the run paused before a masking guard scanned them
     */
    record Known<T>(StateKey<T> key, Function<T, JsonNode> write, Function<JsonNode, T> read, boolean sealed) {

        Known(StateKey<T> key, Function<T, JsonNode> write, Function<JsonNode, T> read) {
            this(key, write, read, false);
        }

        JsonNode writeUnchecked(Object value) {
            @SuppressWarnings("unchecked")
            T typed = (T) value;
            return write.apply(typed);
        }
    }

    private static final Map<String, Known<?>> KNOWN = new LinkedHashMap<>();

    static {
        text(RunState.RUN_ID);
        text(RunState.ROUTE);
        text(RunState.MODEL);
        text(RunState.FINISH_REASON);
        add(new Known<>(RunState.PRINCIPAL, RunValuesJson::principal, RunValuesJson::readPrincipal));
        add(new Known<>(RunState.MESSAGES, ConversationJson::messages, ConversationJson::readMessages));
        add(new Known<>(RunState.LABELS, Json::stringMap, Json::readStringMap));
        add(new Known<>(RunState.MASK_MAP, map -> Json.stringMap(map.entries()), node -> MaskMap.of(Json.readStringMap(node))));
        add(new Known<>(RunState.TARGETS, RunValuesJson::targets, RunValuesJson::readTargets));
        add(new Known<>(RunState.TARGET, RunValuesJson::target, RunValuesJson::readTarget));
        add(new Known<>(RunState.EVENTS, RunValuesJson::events, RunValuesJson::readEvents));
        add(new Known<>(RunState.USAGE, RunValuesJson::usage, RunValuesJson::readUsage));
        add(new Known<>(RunState.PASSAGES, ConversationJson::passages, ConversationJson::readPassages, true));
        add(new Known<>(RunState.CHAT_OPTIONS, ConversationJson::chatOptions, ConversationJson::readChatOptions));
        add(new Known<>(RunState.HALT, RunValuesJson::halt, RunValuesJson::readHalt));
        add(new Known<>(TOOLS_OFFERED, Json::stringMap, Json::readStringMap));
        text(TOOL_ROUNDS);
        add(new Known<>(APPROVAL_GRANT, Json::stringMap, Json::readStringMap));
        add(new Known<>(PROVIDER_FAILURE, RunValuesJson::providerFailure, RunValuesJson::readProviderFailure));
    }

    private KnownKeys() {}

    static Optional<Known<?>> of(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    private static void text(StateKey<String> key) {
        add(new Known<>(key, Json.NODES::textNode, node -> {
            if (!node.isTextual()) {
                throw Json.corrupt("state key '" + key + "' is not text");
            }
            return node.textValue();
        }));
    }

    private static void add(Known<?> known) {
        KNOWN.put(known.key().name(), known);
    }
}

package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.ToolCall;
import dev.langchain4j.model.chat.response.PartialToolCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Numbers a stream's tool calls 0, 1, 2… as OpenAI does (vendors number content blocks instead),
 * puts the id and name on each call's first fragment only, and finds the calls a vendor delivered
 * whole at the end without streaming them. Callbacks of one stream arrive one at a time, but not
 * always on one thread, hence the locking.
 */
final class ToolCallIndexes {

    private final Map<String, Integer> indexByKey = new HashMap<>();
    private int streamedWithoutId;

    synchronized ToolCallDelta fragment(PartialToolCall call) {
        String key = call.id() == null ? "#" + call.index() : call.id();
        Integer index = indexByKey.get(key);
        if (index != null) {
            return new ToolCallDelta(index, Optional.empty(), Optional.empty(), call.partialArguments());
        }
        index = indexByKey.size();
        indexByKey.put(key, index);
        if (call.id() == null) {
            streamedWithoutId++;
        }
        String id = call.id() == null ? "call_" + UUID.randomUUID().toString().replace("-", "") : call.id();
        return new ToolCallDelta(index, Optional.of(id), Optional.of(call.name()), call.partialArguments());
    }

    /** The complete answer's calls that no fragment announced, each as one whole fragment. */
    synchronized List<ToolCallDelta> unstreamed(List<ToolCall> calls) {
        List<ToolCallDelta> missing = new ArrayList<>();
        int anonymous = streamedWithoutId;
        for (ToolCall call : calls) {
            if (indexByKey.containsKey(call.id())) {
                continue;
            }
            if (anonymous > 0) {
                anonymous--;
                continue;
            }
            int index = indexByKey.size();
            indexByKey.put(call.id(), index);
            missing.add(new ToolCallDelta(index, Optional.of(call.id()), Optional.of(call.name()), call.arguments()));
        }
        return missing;
    }
}

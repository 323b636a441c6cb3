package dev.aegis.runtime.internal.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What else of a request reaches the model besides message text and tool-call arguments: each
 * message's {@code name}, each of the client's tools' description and every string of its parameter
 * schema, and every string inside the request's other parameters ({@code stop}, {@code prediction},
 * a response format's schema…). An ingress guard sees each one alone, as {@link ScanTarget#PROMPT}
 * content, through the same contract as messages; what it sanitizes is written back in place. The
 * audit records what a guard objected to field by field, and the allows once for all the fields.
 */
final class RequestFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GuardCall call;
    private RunState state;
    private int scanned;
    private boolean recorded;

    private RequestFields(GuardCall call, RunState state) {
        this.call = call;
        this.state = state;
    }

    /** The run after {@code call}'s guard has seen every field; halted when it blocked or asked for approval. */
    static RunState enforce(GuardCall call, RunState state) {
        if (!call.guard().targets().contains(ScanTarget.PROMPT)) {
            return state;
        }
        RequestFields fields = new RequestFields(call, state);
        fields.names();
        fields.options();
        return fields.finish();
    }

    private void names() {
        List<Message> messages = state.messages();
        List<Optional<String>> names = new ArrayList<>(messages.size());
        boolean changed = false;
        for (int i = 0; i < messages.size(); i++) {
            Optional<String> name = messages.get(i).name();
            Optional<String> replaced = name.isPresent() ? scan(name.get(), "messages[" + i + "].name") : Optional.empty();
            if (halted()) {
                return;
            }
            changed |= replaced.isPresent();
            names.add(replaced.isPresent() ? replaced : name);
        }
        if (changed) {
            List<Message> current = state.messages();
            List<Message> renamed = new ArrayList<>(current.size());
            for (int i = 0; i < current.size(); i++) {
                Message message = current.get(i);
                renamed.add(new Message(message.role(), message.content(), message.toolCalls(), message.toolCallId(), names.get(i)));
            }
            state = state.apply(StateDelta.of(RunState.MESSAGES, List.copyOf(renamed)));
        }
    }

    private void options() {
        Optional<ChatOptions> found = state.get(RunState.CHAT_OPTIONS);
        if (found.isEmpty() || halted()) {
            return;
        }
        ChatOptions options = found.get();
        boolean changed = false;
        List<ToolDefinition> tools = new ArrayList<>(options.tools());
        for (int i = 0; i < tools.size() && !halted(); i++) {
            ToolDefinition tool = tools.get(i);
            String at = "tools[" + i + "]";
            String description = scan(tool.description(), at + ".description").orElse(tool.description());
            String parameters = halted() ? tool.parameters() : strings(tool.parameters(), at + ".parameters");
            if (!description.equals(tool.description()) || !parameters.equals(tool.parameters())) {
                tools.set(i, new ToolDefinition(tool.name(), description, parameters));
                changed = true;
            }
        }
        // sorted, so the audit reads the same for the same request
        Map<String, String> parameters = new TreeMap<>(options.parameters());
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (halted()) {
                return;
            }
            String value = strings(parameter.getValue(), "parameters." + parameter.getKey());
            if (!value.equals(parameter.getValue())) {
                parameter.setValue(value);
                changed = true;
            }
        }
        if (changed && !halted()) {
            state = state.apply(StateDelta.of(RunState.CHAT_OPTIONS, new ChatOptions(options.model(), tools, parameters)));
        }
    }

    /** Scans every string value of a JSON document; a text that is not JSON is scanned whole. */
    private String strings(String json, String field) {
        if (json.indexOf('"') < 0) {
            return json; // numbers, booleans, null: no text to scan
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return scan(json, field).orElse(json);
        }
        if (tree.isTextual()) {
            return scan(tree.asText(), field).map(TextNode::valueOf).map(JsonNode::toString).orElse(json);
        }
        return walk(tree, field, "") ? tree.toString() : json;
    }

    /** Scans the strings under {@code node}, rewriting them in place; true when any was rewritten. */
    private boolean walk(JsonNode node, String field, String pointer) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.size());
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                changed |= child(object.get(name), field, at, text -> object.set(name, text));
                if (halted()) {
                    return false;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                changed |= child(array.get(i), field, pointer + "/" + i, text -> array.set(index, text));
                if (halted()) {
                    return false;
                }
            }
        }
        return changed;
    }

    private boolean child(JsonNode value, String field, String pointer, Consumer<TextNode> replace) {
        if (value.isTextual()) {
            Optional<String> replaced = scan(value.asText(), field + pointer);
            replaced.ifPresent(text -> replace.accept(TextNode.valueOf(text)));
            return replaced.isPresent();
        }
        return value.isContainerNode() && walk(value, field, pointer);
    }

    /** The guard's replacement for one field's text; empty when it allowed it or the run halted. */
    private Optional<String> scan(String text, String field) {
        if (text.isEmpty() || halted()) {
            return Optional.empty();
        }
        scanned++;
        GuardCall.Scan scan = call.scan(state, Content.of(ScanTarget.PROMPT, text), Map.of("field", field), GuardCall.Mode.ENFORCE_QUIETLY);
        state = scan.state();
        recorded |= !(scan.verdict().orElse(null) instanceof Verdict.Allow);
        return halted() ? Optional.empty() : scan.replacement().filter(replacement -> !replacement.equals(text));
    }

    private boolean halted() {
        return state.halt().isPresent();
    }

    private RunState finish() {
        if (scanned > 0 && !recorded && !halted()) {
            return call.recordAllow(state, ScanTarget.PROMPT, Map.of("fields", Integer.toString(scanned)));
        }
        return state;
    }
}

package dev.aegis.runtime.durable.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an approver's edit changed, for the audit, never the content: a SHA-256 of the edited
 * conversation and which message positions differ from the conversation the approver was shown.
 *
 * <p>The hash is over the conversation's canonical JSON: an array of messages, each an object with
 * its keys sorted ({@code content}, {@code name} when set, {@code role}, {@code tool_call_id} when
 * set, {@code tool_calls} when any, each {@code {"arguments","id","name"}}), no whitespace, UTF-8;
 * whoever holds the edit can recompute it.
 */
public final class EditDigest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EditDigest() {}

    /**
     * {@code edit_sha256}, {@code messages_before}, {@code messages_after}, and the positions (0-based,
     * comma-separated, possibly empty) {@code edited_messages} (in both, but different),
     * {@code added_messages} (only in the edit) and {@code removed_messages} (only in what was shown).
     */
    public static Map<String, String> attributes(List<Message> shown, List<Message> edited) {
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < Math.max(shown.size(), edited.size()); i++) {
            if (i >= shown.size()) {
                added.add(Integer.toString(i));
            } else if (i >= edited.size()) {
                removed.add(Integer.toString(i));
            } else if (!shown.get(i).equals(edited.get(i))) {
                changed.add(Integer.toString(i));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("edit_sha256", sha256(canonical(edited)));
        attributes.put("messages_before", Integer.toString(shown.size()));
        attributes.put("messages_after", Integer.toString(edited.size()));
        attributes.put("edited_messages", String.join(",", changed));
        attributes.put("added_messages", String.join(",", added));
        attributes.put("removed_messages", String.join(",", removed));
        return attributes;
    }

    static String canonical(List<Message> messages) {
        ArrayNode array = JSON.createArrayNode();
        for (Message message : messages) {
            // keys added in sorted order: an ObjectNode writes them as added
            ObjectNode node = array.addObject().put("content", message.content());
            message.name().ifPresent(name -> node.put("name", name));
            node.put("role", message.role().wireName());
            message.toolCallId().ifPresent(id -> node.put("tool_call_id", id));
            if (!message.toolCalls().isEmpty()) {
                ArrayNode calls = node.putArray("tool_calls");
                for (ToolCall call : message.toolCalls()) {
                    calls.addObject().put("arguments", call.arguments()).put("id", call.id()).put("name", call.name());
                }
            }
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversation did not write as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

package dev.aegis.embedded.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.ApprovalStatus;
import dev.aegis.client.model.ApprovalView;
import dev.aegis.client.model.Citation;
import dev.aegis.client.model.Halt;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Passage;
import dev.aegis.client.model.Role;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunFailure;
import dev.aegis.client.model.RunStatus;
import dev.aegis.client.model.RunUsage;
import dev.aegis.client.model.ToolCall;
import dev.aegis.client.model.WireValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the documents the server renders for the native API (the run document, the approval) into
 * the SDK's records, so that an embedded run is shown exactly as {@code GET /v1/runs/{id}} shows it.
 */
public final class Documents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {}

    public static JsonNode tree(byte[] document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway rendered a document that is not JSON", e);
        }
    }

    public static Run run(byte[] document) {
        return run(tree(document));
    }

    public static Run run(JsonNode run) {
        return new Run(run.path("id").asText(), run.path("route").asText(), wire(RunStatus.values(), run.path("status").asText()),
                object(run.path("output")).map(Documents::message), text(run.path("finish_reason")), object(run.path("halt")).map(Documents::halt),
                object(run.path("error")).map(error -> new RunFailure(error.path("code").asText(), error.path("message").asText())),
                text(run.path("target")), usage(run.path("usage")), strings(run.path("labels")), list(run.path("events"), Documents::event),
                list(run.path("citations"), citation -> new Citation(citation.path("collection").asText(), citation.path("document").asText(),
                        citation.path("chunk").asInt(), citation.path("score").asDouble())));
    }

    public static Approval approval(byte[] document) {
        return approval(tree(document));
    }

    public static Approval approval(JsonNode approval) {
        return new Approval(approval.path("id").asText(), approval.path("run_id").asText(), approval.path("route").asText(),
                approval.path("principal").asText(), approval.path("team").asText(), approval.path("reason").asText(),
                approval.path("guard").asText(), list(approval.path("rules"), JsonNode::asText),
                wire(ApprovalStatus.values(), approval.path("status").asText()), approval.path("approvals_required").asInt(),
                list(approval.path("approved_by"), JsonNode::asText), Instant.parse(approval.path("created").asText()),
                Instant.parse(approval.path("expires").asText()), text(approval.path("decided_by")),
                text(approval.path("decided_at")).map(Instant::parse), text(approval.path("view")).map(view -> wire(ApprovalView.values(), view)),
                list(approval.path("messages"), Documents::message),
                list(approval.path("passages"), passage -> new Passage(passage.path("collection").asText(), passage.path("document").asText(),
                        passage.path("chunk").asInt(), passage.path("score").asDouble(), passage.path("text").asText())));
    }

    public static List<Approval> approvals(byte[] list) {
        return list(tree(list).path("data"), Documents::approval);
    }

    public static RunEvent event(JsonNode event) {
        return new RunEvent(Instant.parse(event.path("time").asText()), event.path("source").asText(), event.path("type").asText(),
                event.path("detail").asText(), strings(event.path("attributes")));
    }

    static Message message(JsonNode message) {
        return new Message(wire(Role.values(), message.path("role").asText()), text(message.path("content")), text(message.path("name")),
                text(message.path("tool_call_id")), list(message.path("tool_calls"), call -> new ToolCall(call.path("id").asText(),
                        new ToolCall.FunctionCall(call.at("/function/name").asText(), call.at("/function/arguments").asText()))));
    }

    private static Halt halt(JsonNode halt) {
        return new Halt(halt.path("source").asText(), halt.path("code").asText(), halt.path("reason").asText(), text(halt.path("kind")),
                text(halt.path("retry_at")).map(Instant::parse));
    }

    private static RunUsage usage(JsonNode usage) {
        return new RunUsage(usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong(), usage.path("total_tokens").asLong(),
                new BigDecimal(usage.path("cost").asText("0")));
    }

    static <T extends Enum<T> & WireValue> T wire(T[] values, String wire) {
        for (T value : values) {
            if (value.wire().equals(wire) && !wire.isEmpty()) {
                return value;
            }
        }
        // every SDK enum ends with UNKNOWN, for values a newer gateway adds
        return values[values.length - 1];
    }

    static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    static Optional<JsonNode> object(JsonNode node) {
        return node.isObject() ? Optional.of(node) : Optional.empty();
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> strings = new LinkedHashMap<>();
        object.properties().forEach(entry -> strings.put(entry.getKey(), entry.getValue().asText()));
        return strings;
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> list = new ArrayList<>();
        array.forEach(item -> list.add(element.apply(item)));
        return list;
    }
}

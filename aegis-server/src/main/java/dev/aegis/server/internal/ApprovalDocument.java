package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.runtime.durable.Approval;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An approval as the native API shows it, whatever carries it (HTTP, MCP, embedded): the request,
 * and for an approver looking at one pending approval, the paused conversation and passages.
 */
public final class ApprovalDocument {

    private ApprovalDocument() {}

    /** The approval alone: never its conversation. */
    public static void write(JsonGenerator json, Approval approval) throws IOException {
        write(json, approval, Optional.empty(), List.of(), false);
    }

    /** The approval with its paused conversation (masked, or revealed) and retrieved passages, when it has them. */
    public static void write(JsonGenerator json, Approval approval, Optional<List<Message>> conversation, List<Passage> passages,
            boolean revealed) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", approval.runId());
        json.writeStringField("object", "approval");
        json.writeStringField("run_id", approval.runId());
        json.writeStringField("route", approval.route());
        json.writeStringField("principal", approval.principalId());
        json.writeStringField("team", approval.team());
        json.writeStringField("reason", approval.reason());
        json.writeStringField("guard", approval.guard());
        json.writeArrayFieldStart("rules");
        for (String rule : approval.rules()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeStringField("status", approval.status().wireName());
        json.writeNumberField("approvals_required", approval.required());
        json.writeArrayFieldStart("approved_by");
        for (String approver : approval.approvedBy()) {
            json.writeString(approver);
        }
        json.writeEndArray();
        json.writeStringField("created", approval.created().toString());
        json.writeStringField("expires", approval.expires().toString());
        if (approval.decidedBy().isPresent()) {
            json.writeStringField("decided_by", approval.decidedBy().get());
        }
        if (approval.decidedAt().isPresent()) {
            json.writeStringField("decided_at", approval.decidedAt().get().toString());
        }
        if (conversation.isPresent()) {
            json.writeStringField("view", revealed ? "revealed" : "masked");
            json.writeArrayFieldStart("messages");
            for (Message message : conversation.get()) {
                message(json, message);
            }
            json.writeEndArray();
            // shown, not editable: an edited approval sends back messages only
            json.writeArrayFieldStart("passages");
            for (Passage passage : passages) {
                json.writeStartObject();
                json.writeStringField("collection", passage.collection());
                json.writeStringField("document", passage.document());
                json.writeNumberField("chunk", passage.chunk());
                json.writeNumberField("score", passage.score());
                json.writeStringField("text", passage.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** A list of approvals in the API's list shape. */
    public static byte[] list(List<Approval> approvals) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "list");
            json.writeArrayFieldStart("data");
            for (Approval approval : approvals) {
                write(json, approval);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    // OpenAI's shape, so that an approver can send the conversation back edited
    private static void message(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", message.role().wireName());
        json.writeStringField("content", message.content());
        if (message.name().isPresent()) {
            json.writeStringField("name", message.name().get());
        }
        if (message.toolCallId().isPresent()) {
            json.writeStringField("tool_call_id", message.toolCallId().get());
        }
        RunDocument.toolCalls(json, message);
        json.writeEndObject();
    }
}

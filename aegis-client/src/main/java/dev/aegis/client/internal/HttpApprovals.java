package dev.aegis.client.internal;

import dev.aegis.client.ApprovalsApi;
import dev.aegis.client.internal.json.JsonWriter;
import dev.aegis.client.internal.json.RequestEncoder;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.ApprovalResult;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Run;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /v1/approvals}: list (long-polling with {@code wait}), get, approve, reject. */
public final class HttpApprovals implements ApprovalsApi {

    /** The gateway's longest wait; a longer one is its 400 {@code invalid_wait}, so it is not sent. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final Transport transport;

    public HttpApprovals(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<Approval> list(Optional<String> route, Optional<Duration> wait) {
        Call call = Call.get("/v1/approvals");
        if (route.isPresent()) {
            call = call.withQuery("route", route.get());
        }
        if (wait.isPresent()) {
            Duration waiting = wait.get();
            if (waiting.isNegative() || waiting.compareTo(LONGEST_WAIT) > 0) {
                throw new IllegalArgumentException("wait must be between 0 and 60 seconds, was " + waiting);
            }
            call = call.withQuery("wait", waiting.toMillis() + "ms").withExtraTime(waiting);
        }
        return Decoding.list(transport.json(call), Approval.class);
    }

    @Override
    public Approval get(String runId, boolean reveal) {
        Call call = Call.get("/v1/approvals/" + Paths.segment(runId));
        return Decoding.one(transport.json(reveal ? call.withQuery("reveal", "true") : call), Approval.class);
    }

    @Override
    public ApprovalResult approve(String runId, Optional<List<Message>> editedMessages) {
        Map<String, Object> body = new LinkedHashMap<>();
        editedMessages.ifPresent(messages -> body.put("messages", RequestEncoder.messages(messages)));
        Transport.Answer answer = transport.json(Call.post("/v1/approvals/" + Paths.segment(runId) + "/approve", JsonWriter.write(body)));
        return answer.status() == 202 ? Decoding.one(answer, Approval.class) : Decoding.one(answer, Run.class);
    }

    @Override
    public Run reject(String runId, Optional<String> reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        reason.ifPresent(text -> body.put("reason", text));
        return Decoding.one(transport.json(Call.post("/v1/approvals/" + Paths.segment(runId) + "/reject", JsonWriter.write(body))), Run.class);
    }
}

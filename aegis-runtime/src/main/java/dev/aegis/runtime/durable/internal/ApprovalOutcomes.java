package dev.aegis.runtime.durable.internal;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.runtime.durable.Decision;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a decision does to a paused run's state. Every outcome records an {@value #APPROVAL_EVENT}
 * event (who decided and how; never message text); a refusal then ends the run the way the
 * graph's {@code refused} node does.
 */
public final class ApprovalOutcomes {

    /** The event type of a decision about a paused run. */
    public static final String APPROVAL_EVENT = "approval";

    private ApprovalOutcomes() {}

    /**
     * The run as it goes on: halt cleared, the conversation replaced by the edited one if any. The
     * approval event names every approver and, for an edit, what it changed ({@link EditDigest})
     * compared with {@code shown}, the conversation as the approver was shown it.
     */
    public static RunState approved(RunState paused, Decision.Approve decision, List<String> approvers, List<Message> shown, Instant now) {
        Halt halt = halt(paused);
        StateDelta delta = StateDelta.empty().without(RunState.HALT);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("decision", "approved");
        attributes.put("approver", decision.approver());
        if (approvers.size() > 1) {
            attributes.put("approvers", String.join(",", approvers));
        }
        if (decision.editedMessages().isPresent()) {
            List<Message> edited = decision.editedMessages().get();
            delta = delta.with(RunState.MESSAGES, edited);
            attributes.put("edited", "true");
            attributes.putAll(EditDigest.attributes(shown, edited));
        }
        return paused.apply(delta.event(new Event(now, halt.source(), APPROVAL_EVENT, "", attributes)));
    }

    public static RunState rejected(RunState paused, Decision.Reject decision, Instant now) {
        Halt halt = halt(paused);
        return refused(paused, event(halt, now, "rejected", Optional.of(decision.approver())),
                Approvals.APPROVAL_REJECTED, decision.reason().isBlank() ? "the approver rejected the request" : decision.reason(), now);
    }

    public static RunState expired(RunState paused, Instant now) {
        Halt halt = halt(paused);
        return refused(paused, event(halt, now, "expired", Optional.empty()),
                Approvals.APPROVAL_EXPIRED, "nobody approved the request before it expired", now);
    }

    private static RunState refused(RunState paused, Event approval, String code, String reason, Instant now) {
        Halt.Refused refused = new Halt.Refused(halt(paused).source(), code, reason);
        Event end = new Event(now, refused.source(), Event.REFUSED, reason, Map.of("code", code));
        return paused.apply(StateDelta.empty().halt(refused).event(approval).event(end));
    }

    private static Event event(Halt halt, Instant now, String decision, Optional<String> approver) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("decision", decision);
        approver.ifPresent(name -> attributes.put("approver", name));
        return new Event(now, halt.source(), APPROVAL_EVENT, "", attributes);
    }

    private static Halt halt(RunState paused) {
        return paused.halt().filter(Halt.AwaitingApproval.class::isInstance)
                .orElseThrow(() -> new IllegalStateException("run " + paused.runId() + " is not awaiting approval"));
    }
}

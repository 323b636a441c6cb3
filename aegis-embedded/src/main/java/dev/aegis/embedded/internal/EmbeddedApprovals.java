package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.client.ApprovalsApi;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.ApprovalResult;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Run;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.ApprovalDesk;
import dev.aegis.server.internal.ApprovalDocument;
import dev.aegis.server.internal.PauseSignal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Approvals in-process, through the server's {@link ApprovalDesk}: the same roles, four eyes, quorum and audit records. */
public final class EmbeddedApprovals implements ApprovalsApi {

    private final ApprovalDesk desk;
    private final Caller caller;

    public EmbeddedApprovals(ApprovalDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @Override
    public List<Approval> list(Optional<String> route, Optional<Duration> wait) {
        return translated(() -> {
            Duration waited = wait.orElse(Duration.ZERO);
            if (waited.isNegative() || waited.compareTo(PauseSignal.MAX_WAIT) > 0) {
                throw ApiError.badRequest("invalid_wait", "'wait' may be at most " + PauseSignal.MAX_WAIT.toSeconds() + "s.", "wait");
            }
            return Documents.approvals(ApprovalDocument.list(desk.pending(caller.principal(), route, waited)));
        });
    }

    @Override
    public Approval get(String runId, boolean reveal) {
        return translated(() -> Documents.approval(desk.view(caller.principal(), runId, reveal)));
    }

    @Override
    public ApprovalResult approve(String runId, Optional<List<Message>> editedMessages) {
        return translated(() -> {
            ApprovalDesk.Decided decided = desk.decide(caller.principal(), runId,
                    approver -> Decision.approve(editedMessages.map(Messages::toGateway), approver.id()));
            return decided.status() == 202 ? Documents.approval(decided.document()) : Documents.run(decided.document());
        });
    }

    @Override
    public Run reject(String runId, Optional<String> reason) {
        return translated(() -> Documents.run(desk.decide(caller.principal(), runId,
                approver -> Decision.reject(reason.orElse("rejected by " + approver.id()), approver.id())).document()));
    }
}

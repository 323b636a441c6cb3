package dev.aegis.client;

import dev.aegis.client.error.AegisTimeoutException;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.ApprovalResult;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Paused runs waiting for a decision (the approver role). */
public interface ApprovalsApi {

    /** The pending approvals. */
    default List<Approval> list() {
        return list(Optional.empty(), Optional.empty());
    }

    /**
     * The pending approvals, on {@code route} when given. With {@code wait}, answers as soon as one is
     * pending or with the empty list when the wait (at most 60s) has passed.
     */
    List<Approval> list(Optional<String> route, Optional<Duration> wait);

    /** One approval; {@code reveal} shows the conversation unmasked (needs the reveal role, and is audited). */
    Approval get(String runId, boolean reveal);

    default Approval get(String runId) {
        return get(runId, false);
    }

    /**
     * Approves: the run resumes and its result is answered, or the still pending {@link Approval} when
     * more distinct approvers are needed.
     */
    default ApprovalResult approve(String runId) {
        return approve(runId, Optional.empty());
    }

    /** Approves with the conversation edited by the approver; ingress checks the edit again. */
    ApprovalResult approve(String runId, Optional<List<Message>> editedMessages);

    /** Rejects: the run ends refused. */
    Run reject(String runId, Optional<String> reason);

    default Run reject(String runId) {
        return reject(runId, Optional.empty());
    }

    /**
     * Waits until the run {@code runId} asks for an approval, long-polling in slices of at most 30s.
     *
     * @throws AegisTimeoutException when {@code timeout} passes first
     */
    default Approval waitFor(String runId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            for (Approval approval : list(Optional.empty(), Optional.of(left.isNegative() ? Duration.ZERO : min(left, Duration.ofSeconds(30))))) {
                if (approval.runId().equals(runId)) {
                    return approval;
                }
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new AegisTimeoutException("No approval for run '" + runId + "' within " + timeout + ".", null);
            }
            pause(left);
        }
    }

    /**
     * A wait answers at once while any other approval is pending; this keeps that from spinning.
     */
    private static void pause(Duration left) {
        try {
            Thread.sleep(Math.min(250, Math.max(1, left.toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AegisTimeoutException("Interrupted while waiting for an approval.", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

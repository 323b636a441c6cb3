package dev.aegis.runtime.durable;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.state.Message;
import java.util.List;
import java.util.Optional;

/** A human's answer to a paused run, given to {@link dev.aegis.runtime.CompiledRoute#resume}. */
public sealed interface Decision {

    /** Who decided, as the interfaces authenticated them; recorded in the run's events and the approval. */
    String approver();

    /** Go on with the conversation as it is. */
    static Decision approve(String approver) {
        return new Approve(Optional.empty(), approver);
    }

    /**
     * Go on, with the conversation replaced by {@code editedMessages} when present: what the model
     * is then sent. The steps after the pausing one still run on it.
     */
    static Decision approve(Optional<List<Message>> editedMessages, String approver) {
        return new Approve(editedMessages, approver);
    }

    /** Refuse the run ({@code approval_rejected}); {@code reason} reaches the client. */
    static Decision reject(String reason, String approver) {
        return new Reject(reason, approver);
    }

    record Approve(Optional<List<Message>> editedMessages, String approver) implements Decision {
        public Approve {
            editedMessages = requireNonNull(editedMessages, "editedMessages").map(List::copyOf);
            requireApprover(approver);
            if (editedMessages.filter(List::isEmpty).isPresent()) {
                throw new IllegalArgumentException("edited messages must not be empty");
            }
        }
    }

    record Reject(String reason, String approver) implements Decision {
        public Reject {
            requireNonNull(reason, "reason");
            requireApprover(approver);
        }
    }

    private static void requireApprover(String approver) {
        requireNonNull(approver, "approver");
        if (approver.isBlank()) {
            throw new IllegalArgumentException("approver must not be blank");
        }
    }
}

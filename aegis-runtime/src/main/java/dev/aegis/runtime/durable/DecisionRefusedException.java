package dev.aegis.runtime.durable;

import dev.aegis.api.AegisException;

/**
 * A decision about a paused run that its approval policy does not accept; the run stays paused.
 * The code says why: {@value #SEPARATION}, {@value #ALREADY_APPROVED} or {@value #EDIT_NOT_SUPPORTED}.
 */
public final class DecisionRefusedException extends AegisException {

    /** The principal who started the run may not approve it (four eyes). */
    public static final String SEPARATION = "approval_separation";
    /** This approver has approved the request already; it waits for others. */
    public static final String ALREADY_APPROVED = "approval_already_given";
    /**
     * Edited messages cannot be taken here: the run paused after the model was called (a tool-call,
     * tool-result or egress step), or its request needs more than one approver.
     */
    public static final String EDIT_NOT_SUPPORTED = "edit_not_supported";

    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(String code, String message) {
        super(code, message);
    }
}

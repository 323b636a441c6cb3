package dev.aegis.runtime;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.AegisException;

/**
 * A run ended but its record could not be written ({@code audit_unavailable}): the interfaces answer
 * 503, or end a stream with an error event instead of its last one, and never acknowledge it.
 */
public final class RunNotRecordedException extends AegisException {

    private static final long serialVersionUID = 1L;
    public static final String CODE = "audit_unavailable";

    private final transient RunResult result;

    public RunNotRecordedException(RunResult result, Throwable cause) {
        super(CODE, "the run " + result.state().runId() + " finished but could not be recorded in the audit log; it is not acknowledged", cause);
        this.result = requireNonNull(result, "result");
    }

    /** The run as it ended, unrecorded. */
    public RunResult result() {
        return result;
    }
}

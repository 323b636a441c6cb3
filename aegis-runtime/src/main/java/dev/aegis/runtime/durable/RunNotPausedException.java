package dev.aegis.runtime.durable;

import dev.aegis.api.AegisException;

/**
 * A decision was given for a run that is not waiting for one: unknown, already decided (or being
 * resumed by someone else at this moment), expired, or finished. Code {@value #CODE}.
 */
public final class RunNotPausedException extends AegisException {

    public static final String CODE = "run_not_paused";

    private static final long serialVersionUID = 1L;

    public RunNotPausedException(String runId, String why) {
        super(CODE, "run " + runId + " is not paused: " + why);
    }
}

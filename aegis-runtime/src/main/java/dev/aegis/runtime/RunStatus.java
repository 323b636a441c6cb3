package dev.aegis.runtime;

/** How a run left its route's graph. */
public enum RunStatus {
    /** Every step passed and the model answered. */
    COMPLETED,
    /** A step refused the run; {@link RunResult#halt()} says which and why. */
    REFUSED,
    /** A step sent the run for human approval; {@link RunResult#halt()} says which and why. */
    PAUSED,
    /** Every eligible target failed; {@link RunResult#failure()} holds the last provider failure. */
    FAILED
}

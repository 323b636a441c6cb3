package dev.aegis.kernel.plan;

/** How much of a run is written down as it goes. */
public enum Durability {
    /** Nothing is written: the fast path. A run that needs approval cannot pause and is refused. */
    NONE,
    /** A checkpoint is written only when a run pauses, and cleared when it ends. */
    PAUSE_AND_END,
    /** A checkpoint after every step. */
    EVERY_STEP
}

package dev.aegis.kernel.plan;

/** What an exception thrown by a step means: refuse the run (fail closed, the default) or carry on. */
public enum OnError {
    BLOCK,
    ALLOW
}

package dev.aegis.runtime;

/**
 * What happens to every run when it ends, before its caller answers anyone: the gateway's one
 * built-in owner of the end of a run (the audit log, the run store, the durable run documents),
 * attached when routes are compiled ({@link RouteCompiler#withRunSink}), so no interface has to
 * remember to record a run. Called on the run's thread after the run-end hooks, once per end: a
 * run that pauses ends once when it pauses and once more when it is decided.
 */
@FunctionalInterface
public interface RunSink {

    RunSink NONE = result -> {};

    /**
     * Records the run.
     *
     * @throws RunNotRecordedException when the run could not be recorded: it must not be
     *     acknowledged to its client as if it were
     */
    void runEnded(RunResult result);
}

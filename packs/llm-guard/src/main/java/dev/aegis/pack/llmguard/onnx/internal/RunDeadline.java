package dev.aegis.pack.llmguard.onnx.internal;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.RunOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops one ONNX Runtime run that outlives its deadline, through the run's terminate flag, from the
 * JDK's shared delay scheduler (no thread of our own). The flag is set only while the run is going:
 * once {@link #close()} has run, the options are gone and a late timer does nothing.
 */
final class RunDeadline implements AutoCloseable {

    private final RunOptions options;
    private boolean finished;
    private boolean fired;

    RunDeadline(long nanos) throws OrtException {
        this.options = new RunOptions();
        CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS).execute(this::terminate);
    }

    RunOptions options() {
        return options;
    }

    synchronized boolean fired() {
        return fired;
    }

    private synchronized void terminate() {
        if (finished) {
            return;
        }
        try {
            options.setTerminate(true);
            fired = true;
        } catch (OrtException e) {
            // the run ends on its own; nothing else to stop
        }
    }

    @Override
    public synchronized void close() {
        finished = true;
        options.close();
    }
}

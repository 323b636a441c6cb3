package dev.aegis.runtime.internal.graph;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * LangGraph4j wraps what a node throws (in execution, completion and its own exceptions); callers
 * of a route should see what the step threw: a contract violation naming the plugin, or a stream
 * listener's own exception.
 */
final class GraphFailures {

    private GraphFailures() {}

    static RuntimeException unwrap(RuntimeException thrown, String route) {
        Throwable cause = thrown;
        while (isWrapper(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime && !isWrapper(runtime)) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the graph of route '" + route + "' failed", cause);
    }

    private static boolean isWrapper(Throwable thrown) {
        return thrown instanceof CompletionException
                || thrown instanceof ExecutionException
                || thrown.getClass().getName().startsWith("org.bsc.");
    }
}

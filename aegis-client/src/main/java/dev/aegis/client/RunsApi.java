package dev.aegis.client;

import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunRequest;

/** Governed runs on named routes. */
public interface RunsApi {

    /** Runs the request to its end (completed, refused, failed) or to a pause for an approval. */
    Run create(RunRequest request);

    default Run create(String route, String userMessage) {
        return create(RunRequest.of(route, userMessage));
    }

    /**
     * Runs the request and yields its events, output fragments and finally the run as they happen.
     * Close the stream (try-with-resources) to let go of it early.
     */
    RunStream stream(RunRequest request);

    /** A run the caller started. */
    Run get(String runId);
}

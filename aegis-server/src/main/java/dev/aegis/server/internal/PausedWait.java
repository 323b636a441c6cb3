package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Holds a paused OpenAI-compatible request open for a while: if an approver decides meanwhile (on
 * this instance or another), the client gets the answer instead of {@code approval_required}.
 */
public final class PausedWait {

    private static final Duration POLL = Duration.ofMillis(200);

    private final RunRecorder runs;
    private final Duration wait;
    private final BooleanSupplier stopWaiting;

    public PausedWait(RunRecorder runs, Duration wait) {
        this(runs, wait, () -> false);
    }

    /**
     * @param stopWaiting true once the gateway drains: the client is answered at once that the run
     *     waits for approval, and the paused run stays in the store for whichever instance decides it
     */
    public PausedWait(RunRecorder runs, Duration wait, BooleanSupplier stopWaiting) {
        this.runs = runs;
        this.wait = wait;
        this.stopWaiting = stopWaiting;
    }

    /** The completion of the run if it was approved and completed within the wait. */
    Optional<byte[]> completion(String runId, CompletionWriter writer) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!wait.isZero() && System.nanoTime() < deadline && !stopWaiting.getAsBoolean()) {
            Optional<String> status = runs.durableStatus(runId);
            if (status.isPresent() && !status.get().equals("paused")) {
                return status.get().equals("completed") ? completed(runId, writer) : Optional.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<byte[]> completed(String runId, CompletionWriter writer) {
        return runs.ownersDocument(runId).map(bytes -> {
            try {
                JsonNode run = Json.MAPPER.readTree(bytes);
                Usage usage = Usage.ofTokens(run.at("/usage/prompt_tokens").asLong(), run.at("/usage/completion_tokens").asLong());
                return writer.completion(Message.assistant(run.at("/output/content").asText("")), run.path("finish_reason").asText("stop"), usage,
                        Citation.read(run));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

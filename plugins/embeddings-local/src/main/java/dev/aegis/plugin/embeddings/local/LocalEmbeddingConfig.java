package dev.aegis.plugin.embeddings.local;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * Configuration of the {@code local} embedder; every key is optional.
 *
 * @param model the bundled model to run; only {@value #MINILM} ships today
 * @param maxBatch the most inputs one inference takes; a larger request is cut into pieces of it.
 *     Batching multiplies throughput, but the int8 model scales its activations per inference, so a
 *     vector moves slightly (cosine ~0.99 to itself) with the texts it shares an inference with;
 *     {@code 1} makes every vector exactly reproducible
 * @param coalesce let requests waiting at the same time share one inference (up to {@code max-batch}
 *     inputs); on by default: 8 concurrent single-sentence requests ran ~1.7x faster in two of
 *     three runs on the 2-core bench box. {@code false}: a request's vectors depend on it alone
 * @param threads inferences that may run at once; each gets {@code processors / threads} of ONNX
 *     Runtime's intra-op threads, so the machine is never oversubscribed
 * @param queue requests that may wait for a free inference beyond the {@code threads} being computed;
 *     one more is refused as rate-limited (HTTP 429) rather than queued without bound
 * @param warmUp load the model and run one inference when the gateway starts, so the first request
 *     does not pay the load; {@code false} loads it on the first request instead
 */
public record LocalEmbeddingConfig(
        String model,
        @Positive @Max(1024) Integer maxBatch,
        @Positive @Max(256) Integer threads,
        @Positive @Max(1_000_000) Integer queue,
        Boolean coalesce,
        Boolean warmUp) {

    /** The model this plugin bundles. */
    public static final String MINILM = "all-minilm-l6-v2";

    public LocalEmbeddingConfig {
        model = model == null ? MINILM : model.strip();
        if (!model.equals(MINILM)) {
            throw new IllegalArgumentException("model '" + model + "' is not bundled: the local embedder runs " + MINILM + " only");
        }
        maxBatch = maxBatch == null ? 32 : maxBatch;
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        queue = queue == null ? 256 : queue;
        coalesce = coalesce == null || coalesce;
        warmUp = warmUp == null || warmUp;
    }

    public static LocalEmbeddingConfig defaults() {
        return new LocalEmbeddingConfig(null, null, null, null, null, null);
    }
}

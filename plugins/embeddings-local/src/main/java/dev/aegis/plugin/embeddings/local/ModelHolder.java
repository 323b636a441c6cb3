package dev.aegis.plugin.embeddings.local;

import dev.aegis.plugin.embeddings.local.MiniLmEncoder.Embedded;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** The encoder, loaded once on first use (at start-up when warming up), then shared by every inference thread. */
final class ModelHolder implements InferenceQueue.Model, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModelHolder.class.getName());

    private final String name;
    private final Supplier<MiniLmEncoder> loader;
    private final int maxBatch;
    private MiniLmEncoder encoder;
    private boolean closed;

    ModelHolder(String name, Supplier<MiniLmEncoder> loader, int maxBatch) {
        this.name = name;
        this.loader = loader;
        this.maxBatch = maxBatch;
    }

    @Override
    public Embedded encode(List<String> texts) throws Exception {
        return encoder().encode(texts, maxBatch);
    }

    /** Loads the model and runs one inference, logging what each took. */
    void warmUp() throws Exception {
        long start = System.nanoTime();
        MiniLmEncoder loaded = encoder();
        long loadedAt = System.nanoTime();
        loaded.encode(List.of("warm up"), 1);
        LOG.info(() -> "embedder '" + name + "': " + LocalEmbeddingConfig.MINILM + " loaded in " + millis(loadedAt - start)
                + " ms, first inference " + millis(System.nanoTime() - loadedAt) + " ms");
    }

    private synchronized MiniLmEncoder encoder() {
        if (closed) {
            throw new IllegalStateException("the local embedder is shut down");
        }
        if (encoder == null) {
            long start = System.nanoTime();
            encoder = loader.get();
            LOG.fine(() -> "embedder '" + name + "': model loaded in " + millis(System.nanoTime() - start) + " ms");
        }
        return encoder;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (encoder != null) {
            try {
                encoder.close();
            } catch (Exception e) {
                LOG.warning(() -> "embedder '" + name + "': closing the model failed: " + e);
            }
            encoder = null;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}

package dev.aegis.testkit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Usage;
import dev.aegis.api.vector.EmbeddingProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic embedder for tests: each lower-cased word is hashed into one of {@code dimensions}
 * buckets and the vector normalised, so texts that share words are close and the same text always
 * gives the same vector. Records every request; can be told to fail.
 */
public final class FakeEmbeddingProvider implements EmbeddingProvider {

    public static final String DEFAULT_MODEL = "fake-embedding";

    private final String model;
    private final int dimensions;
    private final List<EmbeddingRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile ProviderException.Failure failure = ProviderException.Failure.UNAVAILABLE;

    public FakeEmbeddingProvider(int dimensions) {
        this(DEFAULT_MODEL, dimensions);
    }

    public FakeEmbeddingProvider(String model, int dimensions) {
        this.model = requireNonNull(model, "model");
        if (dimensions < 1) {
            throw new IllegalArgumentException("embeddings need at least one dimension");
        }
        this.dimensions = dimensions;
    }

    /** The next {@code times} calls fail with {@code kind}. */
    public FakeEmbeddingProvider failNext(int times, ProviderException.Failure kind) {
        failure = requireNonNull(kind, "kind");
        failures.set(times);
        return this;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        requests.add(requireNonNull(request, "request"));
        if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ProviderException(failure, "the fake embedder was told to fail");
        }
        List<float[]> vectors = new ArrayList<>();
        long words = 0;
        for (String input : request.inputs()) {
            vectors.add(vectorOf(input, dimensions));
            words += Tokens.count(input);
        }
        return new EmbeddingResponse(request.model().isBlank() ? model : request.model(), vectors, Usage.ofTokens(words, 0));
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    /** Every request received, in order. */
    public List<EmbeddingRequest> requests() {
        return List.copyOf(requests);
    }

    /** The vector {@code text} gets. */
    public static float[] vectorOf(String text, int dimensions) {
        float[] vector = new float[dimensions];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(fnv(word), dimensions)] += 1f;
            }
        }
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            vector[0] = 1f;
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private static int fnv(String word) {
        int hash = 0x811c9dc5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    @Override
    public String toString() {
        return "FakeEmbeddingProvider[" + model + ", " + dimensions + "]";
    }
}

package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every {@link EmbeddingProvider} must do. Extend it with the embedder under test. */
public abstract class EmbeddingProviderContractTest {

    /** The embedder under test; may be shared between tests. */
    protected abstract EmbeddingProvider embedder();

    protected List<String> inputs() {
        return List.of("the first text", "a second, longer text to embed", "3");
    }

    @Test
    void givesOneVectorOfItsDimensionsPerInputInOrder() {
        EmbeddingProvider embedder = embedder();
        EmbeddingResponse response = embedder.embed(new EmbeddingRequest(embedder.model(), inputs(), Map.of()));
        assertThat(embedder.dimensions()).isPositive();
        assertThat(response.vectors()).hasSameSizeAs(inputs()).allSatisfy(vector -> assertThat(vector).hasSize(embedder.dimensions()));
        assertThat(response.usage()).isNotNull();
        assertThat(response.model()).isNotBlank();

        List<float[]> one = embedder.embed(List.of(inputs().get(1)));
        assertThat(one).singleElement().satisfies(vector -> assertThat(cosine(vector, response.vectors().get(1))).isGreaterThan(0.99));
    }

    @Test
    void similarTextsAreCloserThanUnrelatedOnes() {
        List<float[]> vectors = embedder().embed(List.of("refund a card payment", "refund the card payment", "holiday weather forecast"));
        assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(cosine(vectors.get(0), vectors.get(2)));
    }

    @Test
    void concurrentCallsFromVirtualThreadsAllSucceed() {
        EmbeddingProvider shared = embedder();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<String> texts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                String text = "text number " + i;
                texts.add(text);
                threads.submit(() -> {
                    try {
                        assertThat(shared.embed(List.of(text))).singleElement().satisfies(vector -> assertThat(vector).hasSize(shared.dimensions()));
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                });
            }
        }
        assertThat(failures).as("failures of concurrent calls").isEmpty();
    }

    protected static double cosine(float[] a, float[] b) {
        return Vectors.cosine(a, b);
    }
}

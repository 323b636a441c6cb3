package dev.aegis.plugin.embeddings.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ProviderException;
import dev.aegis.plugin.embeddings.local.MiniLmEncoder.Embedded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Coalescing, splitting and admission, with a model that records its batches and can be held. */
class InferenceQueueTest {

    /** Vector {length of the text}; one word piece per character. */
    private static final class RecordingModel implements InferenceQueue.Model {
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Embedded encode(List<String> texts) throws Exception {
            batches.add(List.copyOf(texts));
            entered.countDown();
            release.await();
            float[][] vectors = texts.stream().map(text -> new float[] {text.length()}).toArray(float[][]::new);
            return new Embedded(vectors, texts.stream().mapToInt(String::length).toArray());
        }
    }

    @Test
    void requestsThatArriveWhileTheModelIsBusyShareTheNextInferenceAndEachGetsItsOwnVectors() throws Exception {
        RecordingModel model = new RecordingModel();
        try (InferenceQueue queue = new InferenceQueue(model, "t", 1, 8, true, 16); ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Embedded> first = callers.submit(() -> queue.embed(List.of("a")));
            assertThat(model.entered.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Embedded>> waiting = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String text = "x".repeat(i + 1);
                waiting.add(callers.submit(() -> queue.embed(List.of(text, text + "y"))));
            }
            while (queuedInputs(queue) < 10) {
                Thread.onSpinWait();
            }
            model.release.countDown();

            assertThat(first.get().vectors()[0]).containsExactly(1f);
            for (int i = 1; i <= 5; i++) {
                Embedded own = waiting.get(i - 1).get();
                assertThat(own.vectors()).hasDimensions(2, 1);
                assertThat(own.vectors()[0]).containsExactly(i + 1);
                assertThat(own.vectors()[1]).containsExactly(i + 2);
                assertThat(own.wordPieces()).containsExactly(i + 1, i + 2);
            }
            assertThat(model.batches).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(8));
            assertThat(model.batches.get(1)).hasSize(8);
            assertThat(model.batches.get(2)).hasSize(2);
        }
    }

    @Test
    void withoutCoalescingEachRequestHasItsOwnInference() throws Exception {
        RecordingModel model = new RecordingModel();
        try (InferenceQueue queue = new InferenceQueue(model, "t", 1, 8, false, 16); ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Embedded> first = callers.submit(() -> queue.embed(List.of("a")));
            assertThat(model.entered.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Embedded>> waiting = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String text = "x".repeat(i + 1);
                waiting.add(callers.submit(() -> queue.embed(List.of(text, text + "y"))));
            }
            while (queuedInputs(queue) < 6) {
                Thread.onSpinWait();
            }
            model.release.countDown();

            assertThat(first.get().vectors()).hasDimensions(1, 1);
            for (Future<Embedded> request : waiting) {
                assertThat(request.get().vectors()).hasDimensions(2, 1);
            }
            assertThat(model.batches).hasSize(4).allSatisfy(batch -> assertThat(batch.size()).isLessThanOrEqualTo(2));
        }
    }

    @Test
    void aRequestLargerThanMaxBatchIsCutAndReassembledInOrder() {
        RecordingModel model = new RecordingModel();
        model.release.countDown();
        try (InferenceQueue queue = new InferenceQueue(model, "t", 2, 3, true, 4)) {
            List<String> texts = List.of("a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g");

            Embedded embedded = queue.embed(texts);

            assertThat(java.util.Arrays.stream(embedded.vectors()).map(vector -> vector[0]).toList()).containsExactly(1f, 2f, 3f, 4f, 5f, 6f, 1f);
            assertThat(model.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
        }
    }

    @Test
    void beyondThreadsPlusQueueRequestsTheNextIsRefusedAsRateLimited() throws Exception {
        RecordingModel model = new RecordingModel();
        try (InferenceQueue queue = new InferenceQueue(model, "t", 1, 1, true, 2); ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Embedded>> admitted = new ArrayList<>();
            admitted.add(callers.submit(() -> queue.embed(List.of("a"))));
            assertThat(model.entered.await(10, TimeUnit.SECONDS)).isTrue();
            admitted.add(callers.submit(() -> queue.embed(List.of("b"))));
            admitted.add(callers.submit(() -> queue.embed(List.of("c"))));
            while (queuedInputs(queue) < 2) {
                Thread.onSpinWait();
            }

            assertThatThrownBy(() -> queue.embed(List.of("d")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ProviderException.Failure.RATE_LIMITED);
                        assertThat(e).hasMessageContaining("busy").hasMessageContaining("3 requests");
                    });
            model.release.countDown();
            for (Future<Embedded> request : admitted) {
                assertThat(request.get().vectors()).hasDimensions(1, 1);
            }
            assertThat(queue.embed(List.of("e")).vectors()).as("admitted again once the queue drained").hasDimensions(1, 1);
        }
    }

    @Test
    void aModelFailureReachesEveryCallerOfTheBatchAsAProviderFailure() {
        InferenceQueue.Model broken = texts -> {
            throw new IllegalStateException("native crash");
        };
        try (InferenceQueue queue = new InferenceQueue(broken, "t", 1, 4, false, 4)) {
            assertThatThrownBy(() -> queue.embed(List.of("a")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED);
                        assertThat(e).hasMessageContaining("native crash");
                    });
        }
    }

    @Test
    void aClosedQueueRefusesWorkAsUnavailable() {
        InferenceQueue queue = new InferenceQueue(new RecordingModel(), "t", 1, 4, false, 4);
        queue.close();

        assertThatThrownBy(() -> queue.embed(List.of("a")))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.UNAVAILABLE));
    }

    private static int queuedInputs(InferenceQueue queue) {
        return queue.waitingInputs();
    }
}

package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.plugin.embeddings.local.MiniLmEncoder.Embedded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of inference threads fed from one queue. A thread that becomes free takes the oldest
 * waiting piece of work and, when coalescing, every following piece that still fits in
 * {@code maxBatch} inputs, so requests that arrive while the model is busy share the next inference;
 * no request is held back waiting for company. Admission is bounded: beyond {@code threads + queue} requests in the
 * embedder, the next is refused as rate-limited instead of queuing without bound.
 */
final class InferenceQueue implements AutoCloseable {

    /** What runs one inference: the model, loaded on first use. */
    interface Model {
        Embedded encode(List<String> texts) throws Exception;
    }

    private final Model model;
    private final int maxBatch;
    private final boolean coalesce;
    private final int admissible;
    private final Semaphore admitted;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    // Only one free thread gathers a batch at a time, so batches never exceed maxBatch.
    private final ReentrantLock gathering = new ReentrantLock();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    InferenceQueue(Model model, String name, int threads, int maxBatch, boolean coalesce, int queue) {
        this.model = model;
        this.maxBatch = maxBatch;
        this.coalesce = coalesce;
        this.admissible = threads + queue;
        this.admitted = new Semaphore(admissible);
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().daemon().name("aegis-embed-" + name + "-" + i).start(this::work));
        }
    }

    /** Embeds {@code texts} (cut into pieces of at most {@code maxBatch}) and waits for the result. */
    Embedded embed(List<String> texts) {
        if (closed) {
            throw new ProviderException(Failure.UNAVAILABLE, "the local embedder is shut down");
        }
        if (!admitted.tryAcquire()) {
            throw new ProviderException(Failure.RATE_LIMITED,
                    "the local embedder is busy: " + admissible + " requests are already computing or waiting; retry shortly");
        }
        try {
            List<Job> pieces = new ArrayList<>();
            for (int from = 0; from < texts.size(); from += maxBatch) {
                Job job = new Job(texts.subList(from, Math.min(texts.size(), from + maxBatch)), new CompletableFuture<>());
                pieces.add(job);
                jobs.add(job);
            }
            float[][] vectors = new float[texts.size()][];
            int[] pieceCounts = new int[texts.size()];
            int at = 0;
            for (Job job : pieces) {
                Embedded part = await(job, pieces);
                System.arraycopy(part.vectors(), 0, vectors, at, part.vectors().length);
                System.arraycopy(part.wordPieces(), 0, pieceCounts, at, part.wordPieces().length);
                at += part.vectors().length;
            }
            return new Embedded(vectors, pieceCounts);
        } finally {
            admitted.release();
        }
    }

    /** Inputs waiting for a free inference thread (for tests and diagnostics). */
    int waitingInputs() {
        return jobs.stream().mapToInt(job -> job.texts().size()).sum();
    }

    private static Embedded await(Job job, List<Job> all) {
        try {
            return job.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(piece -> piece.result().cancel(false));
            throw new ProviderException(Failure.FAILED, "interrupted while waiting for the local embedder");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProviderException failure) {
                throw failure;
            }
            throw new ProviderException(Failure.FAILED, -1, "the local model failed: " + e.getCause().getMessage(), e.getCause());
        } catch (CancellationException e) {
            throw new ProviderException(Failure.UNAVAILABLE, "the local embedder is shut down");
        }
    }

    private void work() {
        while (!closed) {
            List<Job> batch;
            try {
                batch = gather();
            } catch (InterruptedException e) {
                return;
            }
            run(batch);
        }
    }

    private List<Job> gather() throws InterruptedException {
        gathering.lockInterruptibly();
        try {
            List<Job> batch = new ArrayList<>();
            int inputs = 0;
            Job next = jobs.take();
            do {
                if (!next.result().isDone()) {
                    batch.add(next);
                    inputs += next.texts().size();
                }
                next = jobs.peek();
            } while (coalesce && next != null && inputs + next.texts().size() <= maxBatch && jobs.remove(next));
            return batch;
        } finally {
            gathering.unlock();
        }
    }

    private void run(List<Job> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        batch.forEach(job -> texts.addAll(job.texts()));
        try {
            Embedded all = model.encode(texts);
            int at = 0;
            for (Job job : batch) {
                int size = job.texts().size();
                job.result().complete(new Embedded(Arrays.copyOfRange(all.vectors(), at, at + size),
                        Arrays.copyOfRange(all.wordPieces(), at, at + size)));
                at += size;
            }
        } catch (Exception | LinkageError e) {
            batch.forEach(job -> job.result().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Job left;
        while ((left = jobs.poll()) != null) {
            left.result().cancel(false);
        }
    }

    private record Job(List<String> texts, CompletableFuture<Embedded> result) {}
}

package dev.aegis.pack.llmguard.onnx.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Platform threads with deep stacks for ONNX Runtime. Its native initialisation needs more than the
 * JVM's default 1 MB of stack in some processes (it crashed the JVM with SIGSEGV on the main thread
 * of the benchmark's class path, and ran with 4 MB), and a native run pins a virtual thread's carrier;
 * so loading and every run happen on these threads, and callers (virtual threads included) only wait.
 * Their context class loader is the pack's: DJL finds its native library through the context class
 * loader, which in the gateway is not the plugin's own.
 */
final class NativeThreads {

    static final long STACK_BYTES = 16L << 20;

    private NativeThreads() {}

    /** Runs {@code work} on a fresh deep-stack thread and returns its result or rethrows its failure. */
    static <T> T call(String name, ThrowingSupplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.setContextClassLoader(NativeThreads.class.getClassLoader());
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted", e);
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(name + ": " + failure.get().getMessage(), failure.get());
        }
        return result.get();
    }

    /** A fixed pool of {@code size} deep-stack daemon threads; scans beyond it queue. */
    static ExecutorService pool(String name, int size) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(null, task, name + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            thread.setContextClassLoader(NativeThreads.class.getClassLoader());
            return thread;
        });
        return pool;
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}

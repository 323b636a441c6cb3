package dev.aegis.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that is closed when nothing has arrived for {@code idle}: a stalled gateway ends a
 * stream with a timeout instead of blocking its reader for ever. {@link #timedOut()} tells the reader's
 * I/O error apart from a broken connection.
 */
final class IdleTimeoutStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "aegis-client-stream-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final long idleNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastRead = System.nanoTime();
    private volatile boolean timedOut;

    IdleTimeoutStream(InputStream body, Duration idle) {
        super(body);
        this.idleNanos = idle.toNanos();
        long period = Math.max(10, idle.toMillis() / 4);
        this.check = WATCH.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (System.nanoTime() - lastRead > idleNanos) {
            timedOut = true;
            try {
                close();
            } catch (IOException ignored) {
                // closing is all that is wanted; the reader sees the stream end
            }
        }
    }

    boolean timedOut() {
        return timedOut;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        lastRead = System.nanoTime();
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        lastRead = System.nanoTime();
        return read;
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }
}

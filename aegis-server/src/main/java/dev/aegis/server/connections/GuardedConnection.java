package dev.aegis.server.connections;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.task.InterruptableTask;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ServerConnectionException;
import io.helidon.webserver.spi.ServerConnection;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One client connection, around the web server's HTTP/1.1 connection: knows whether the gateway is
 * waiting for a request's headers (since its first byte, or since the connection was accepted),
 * reading its body, or between requests, and since when a read has been blocked. The headers must
 * be complete within the header timeout; a body read may not stall longer than the body timeout.
 * Writing a response (an SSE stream of any length) reads nothing and is never cut.
 */
final class GuardedConnection implements ServerConnection, InterruptableTask<Void> {

    private enum Phase {
        HEADERS,
        BODY,
        BETWEEN_REQUESTS
    }

    private static final ThreadLocal<GuardedConnection> CURRENT = new ThreadLocal<>();

    private final ConnectionContext context;
    private final Consumer<GuardedConnection> onEnd;
    private final DataReader reader;
    private byte[] pending;
    private volatile ServerConnection delegate;
    private volatile Phase phase = Phase.HEADERS;
    private volatile long phaseSince = System.nanoTime();
    // 0 while no read is blocked
    private volatile long readingSince;
    private volatile boolean cut;

    /**
     * @param context the web server's context; bytes it already read (while telling protocols apart) are read first
     * @param onEnd called once the connection ends
     */
    GuardedConnection(ConnectionContext context, Consumer<GuardedConnection> onEnd) {
        this.context = context;
        this.onEnd = onEnd;
        DataReader original = context.dataReader();
        this.pending = original.available() > 0 ? original.readBytes(original.available()) : null;
        this.reader = DataReader.create(this::read);
    }

    /** The connection whose request the calling thread is handling, if it is one of these. */
    static GuardedConnection current() {
        return CURRENT.get();
    }

    ConnectionContext context() {
        return new ReadingContext(context, reader);
    }

    void attach(ServerConnection connection) {
        this.delegate = connection;
    }

    @Override
    public void handle(Limit limit) throws InterruptedException {
        CURRENT.set(this);
        try {
            delegate.handle(limit);
        } finally {
            CURRENT.remove();
            onEnd.accept(this);
        }
    }

    /** The request's headers are in: from now on only a stalled body read is cut. */
    void headersRead() {
        enter(Phase.BODY);
    }

    /** The request was answered; bytes already read belong to the next one, whose header clock starts now. */
    void requestDone() {
        enter(reader.available() > 0 ? Phase.HEADERS : Phase.BETWEEN_REQUESTS);
    }

    /** Whether the client has held the request up past its timeout. */
    boolean stalled(long now, Duration headerTimeout, Duration bodyTimeout) {
        return switch (phase) {
            case HEADERS -> now - phaseSince > headerTimeout.toNanos();
            case BODY -> {
                long since = readingSince;
                yield since != 0 && now - since > bodyTimeout.toNanos();
            }
            case BETWEEN_REQUESTS -> false;
        };
    }

    /** Closes the socket under the blocked read; the web server then ends the connection. */
    void cut() {
        if (cut) {
            return;
        }
        cut = true;
        try {
            context.serverSocket().close();
        } catch (RuntimeException alreadyClosed) {
            // the client may have gone meanwhile: the connection ends either way
        }
    }

    @Override
    public Duration idleTime() {
        return delegate.idleTime();
    }

    @Override
    public void close(boolean interrupt) {
        delegate.close(interrupt);
    }

    @Override
    public boolean canInterrupt() {
        return delegate instanceof InterruptableTask<?> task && task.canInterrupt();
    }

    private byte[] read() {
        byte[] bytes = pending;
        if (bytes != null) {
            pending = null;
        } else {
            readingSince = System.nanoTime() | 1;
            try {
                bytes = context.serverSocket().get();
            } catch (UncheckedIOException e) {
                throw new ServerConnectionException("Failed to get data from socket", e);
            } finally {
                readingSince = 0;
            }
        }
        if (bytes != null && phase == Phase.BETWEEN_REQUESTS) {
            enter(Phase.HEADERS);
        }
        return bytes;
    }

    private void enter(Phase next) {
        phaseSince = System.nanoTime();
        phase = next;
    }
}

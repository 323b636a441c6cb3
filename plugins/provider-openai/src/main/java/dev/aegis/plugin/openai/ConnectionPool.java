package dev.aegis.plugin.openai;

import io.helidon.common.tls.Tls;
import io.helidon.webclient.api.ClientUri;
import io.helidon.webclient.api.ConnectionKey;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.TcpClientConnection;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.http1.Http1Client;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The keep-alive connections of one upstream, most recently used first.
 *
 * <p>Helidon's own cache marks every returned connection idle, which starts a virtual thread that
 * polls the socket with a 101 ms timed read until the next request: a thread start, a timer and two
 * hand-offs per request. Here an idle connection is simply left alone; one the upstream closed
 * while idle is caught by {@code pool-idle-timeout} before reuse, or else by the caller's one retry
 * on a fresh connection.
 *
 * <p>Helidon hands a connection back through {@link #release} only when its response body was read
 * to the end and the upstream did not ask to close; anything else closes it.
 */
final class ConnectionPool implements AutoCloseable {

    private static final List<String> HTTP_1_1 = List.of("http/1.1");

    private final WebClient sockets;
    private final ConnectionKey key;
    private final int maxIdle;
    private final long maxIdleNanos;
    private final ReentrantLock lock = new ReentrantLock();
    // guarded by lock; the head is the most recently released
    private final Deque<IdleConnection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(WebClient sockets, ConnectionKey key, int maxIdle, Duration maxIdleTime) {
        this.sockets = sockets;
        this.key = key;
        this.maxIdle = maxIdle;
        this.maxIdleNanos = maxIdleTime.toNanos();
    }

    /** For the upstream at {@code base-url}, reached directly, with the client's TLS and DNS settings. */
    static ConnectionPool of(OpenAiConfig config, Http1Client client) {
        // the same key Helidon's cache would make of the request's URI
        ClientUri base = ClientUri.create(URI.create(config.baseUrl()));
        boolean https = "https".equals(base.scheme());
        Tls tls = https ? client.prototype().tls() : Tls.builder().enabled(false).build();
        ConnectionKey key = ConnectionKey.create(base.scheme(), base.host(), base.port(), tls,
                client.prototype().dnsResolver(), client.prototype().dnsAddressLookup(), Proxy.noProxy());
        // what a connection reads of its client: the socket options
        WebClient sockets = WebClient.builder().socketOptions(UpstreamClient.socketOptions(config)).servicesDiscoverServices(false).build();
        return new ConnectionPool(sockets, key, config.maxConnections(), config.poolIdleTimeout());
    }

    /**
     * The most recently used connection that has not been idle too long, else a new one. The oldest
     * idle connections past the timeout are closed on the way, so that after a burst the surplus
     * does not linger half-closed (CLOSE_WAIT) while the newest keeps being reused.
     */
    Lease acquire() {
        List<IdleConnection> expired = new ArrayList<>();
        TcpClientConnection reusable = null;
        lock.lock();
        try {
            for (IdleConnection oldest = idle.peekLast(); oldest != null && oldest.idleFor() >= maxIdleNanos; oldest = idle.peekLast()) {
                expired.add(idle.pollLast());
            }
            IdleConnection newest = idle.pollFirst();
            if (newest != null) {
                reusable = newest.connection();
            }
        } finally {
            lock.unlock();
        }
        expired.forEach(stale -> stale.connection().closeResource());
        return reusable != null ? new Lease(reusable, true) : connect();
    }

    /** A new connection, for a retry that must not meet another stale one. */
    Lease connect() {
        TcpClientConnection connection = TcpClientConnection.create(sockets, key, HTTP_1_1, this::release, released -> { });
        return new Lease(connection.connect(), false);
    }

    /** Keeps the connection for the next request; {@code false} makes Helidon close it. */
    private Boolean release(TcpClientConnection connection) {
        if (!connection.isConnected()) {
            return false;
        }
        lock.lock();
        try {
            if (closed || idle.size() >= maxIdle) {
                return false;
            }
            idle.addFirst(new IdleConnection(connection, System.nanoTime()));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the idle connections; those in use close when their response ends. */
    @Override
    public void close() {
        List<IdleConnection> all;
        lock.lock();
        try {
            closed = true;
            all = new ArrayList<>(idle);
            idle.clear();
        } finally {
            lock.unlock();
        }
        all.forEach(connection -> connection.connection().closeResource());
    }

    /** A connection taken for one exchange, and whether it served an earlier one. */
    record Lease(TcpClientConnection connection, boolean reused) {

        /** After a failed exchange: the connection's state is unknown. */
        void discard() {
            connection.closeResource();
        }
    }

    private record IdleConnection(TcpClientConnection connection, long since) {

        long idleFor() {
            return System.nanoTime() - since;
        }
    }
}

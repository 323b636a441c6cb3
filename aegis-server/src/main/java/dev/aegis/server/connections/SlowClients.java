package dev.aegis.server.connections;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a slow or greedy client can hold: a request's headers must arrive within the header timeout
 * (counted from their first byte, or from the connection's acceptance), a read of its body may not
 * stall longer than the body timeout, and one address may hold only so many connections at once
 * (the next is answered 503 and closed). Only reading the request is bounded: a response, an SSE
 * stream of any length included, is never cut, and an idle keep-alive connection is the web
 * server's idle timeout's business.
 *
 * <p>The web server has no such bounds of its own, so this takes the place of its HTTP/1.1
 * connection selector: each connection is wrapped, its reads timed, and a watchdog closes the socket
 * under a stalled read; inside, {@link Http1Connections} reads HTTP/1.0 requests too.
 */
public final class SlowClients implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SlowClients.class.getName());

    private final Duration headerTimeout;
    private final Duration bodyTimeout;
    private final int maxPerClient;
    private final Set<GuardedConnection> open = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<InetAddress, Integer> perClient = new ConcurrentHashMap<>();
    private final ServerConnectionSelector http1;
    private final Thread watchdog;

    /** @param maxPerClient connections one address may hold at once; 0 for no limit */
    public SlowClients(Duration headerTimeout, Duration bodyTimeout, int maxPerClient) {
        this.headerTimeout = headerTimeout;
        this.bodyTimeout = bodyTimeout;
        this.maxPerClient = maxPerClient;
        Http1ConnectionListener headers = new Http1ConnectionListener() {
            @Override
            public void headers(ConnectionContext context, Headers requestHeaders) {
                GuardedConnection connection = GuardedConnection.current();
                if (connection != null) {
                    connection.headersRead();
                }
            }
        };
        this.http1 = Http1Connections.selector(Http1Config.builder().addReceiveListener(headers).build());
        Duration tick = Duration.ofMillis(Math.clamp(Math.min(headerTimeout.toMillis(), bodyTimeout.toMillis()) / 4, 50, 1000));
        this.watchdog = Thread.ofVirtual().name("aegis-slow-clients").start(() -> watch(tick));
    }

    /** Installs the guarded HTTP/1.1 connections on the server in place of the discovered ones. */
    public void install(WebServerConfig.Builder server) {
        server.protocolsDiscoverServices(false).addConnectionSelector(new Selector());
    }

    /** Marks where each request ends (a body the handler left unread is read first, under the body timeout): register it first. */
    public Filter filter() {
        return SlowClients::filter;
    }

    @Override
    public void close() {
        watchdog.interrupt();
    }

    private static void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        GuardedConnection connection = GuardedConnection.current();
        try {
            chain.proceed();
        } finally {
            if (connection != null) {
                drain(request, response);
                connection.requestDone();
            }
        }
    }

    // What the web server would read after the handler anyway; read here, it is still the body's read.
    private static void drain(RoutingRequest request, RoutingResponse response) {
        try {
            if (request.content().hasEntity() && !request.content().consumed() && !response.headers().contains(HeaderValues.CONNECTION_CLOSE)) {
                request.content().consume();
            }
        } catch (RuntimeException e) {
            // the web server closes a connection whose body it cannot read
        }
    }

    private void watch(Duration tick) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (GuardedConnection connection : open) {
                if (connection.stalled(now, headerTimeout, bodyTimeout)) {
                    LOG.log(Level.FINE, () -> "closing a connection from " + connection.context().remotePeer().address()
                            + " whose request stalled past server.header-timeout or server.body-timeout");
                    connection.cut();
                }
            }
        }
    }

    private boolean admit(InetAddress address) {
        if (maxPerClient <= 0 || address == null) {
            return true;
        }
        boolean[] admitted = {false};
        perClient.compute(address, (key, count) -> {
            int held = count == null ? 0 : count;
            if (held >= maxPerClient) {
                return count;
            }
            admitted[0] = true;
            return held + 1;
        });
        return admitted[0];
    }

    private void release(InetAddress address) {
        if (maxPerClient > 0 && address != null) {
            perClient.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    private static InetAddress address(ConnectionContext context) {
        return context.remotePeer().address() instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }

    private final class Selector implements ServerConnectionSelector {

        @Override
        public int bytesToIdentifyConnection() {
            return http1.bytesToIdentifyConnection();
        }

        @Override
        public Support supports(BufferData data) {
            return http1.supports(data);
        }

        @Override
        public Set<String> supportedApplicationProtocols() {
            return http1.supportedApplicationProtocols();
        }

        @Override
        public ServerConnection connection(ConnectionContext context) {
            InetAddress address = address(context);
            if (!admit(address)) {
                LOG.log(Level.FINE, () -> "refused a connection from " + address + ": it holds server.max-connections-per-client already");
                return new RefusedConnection(context);
            }
            try {
                GuardedConnection connection = new GuardedConnection(context, ended -> {
                    open.remove(ended);
                    release(address);
                });
                connection.attach(http1.connection(connection.context()));
                open.add(connection);
                return connection;
            } catch (RuntimeException e) {
                release(address);
                throw e;
            }
        }
    }
}

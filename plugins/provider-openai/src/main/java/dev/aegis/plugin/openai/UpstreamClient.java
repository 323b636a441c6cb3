package dev.aegis.plugin.openai;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.secret.Secret;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.common.socket.SocketOptions;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The HTTP side of one upstream: a private keep-alive pool, the static headers, and the mapping of
 * transport failures. Calls block the caller's virtual thread.
 *
 * <p>Without a proxy every request names its connection from our own {@link ConnectionPool}; through
 * the JVM's proxy settings Helidon's cache picks the connection.
 */
final class UpstreamClient implements AutoCloseable {

    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final long MAX_DRAIN = 64 * 1024;
    private static final Header JSON_BODY = HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/json");
    private static final Header ACCEPT_JSON = HeaderValues.create(HeaderNames.ACCEPT, "application/json");
    private static final Header ACCEPT_EVENTS = HeaderValues.create(HeaderNames.ACCEPT, "text/event-stream");
    private static final TextMapSetter<Http1ClientRequest> TRACE_HEADERS = (request, name, value) -> request.header(HeaderNames.create(name), value);

    private final Http1Client client;
    private final String baseUrl;
    // parsed once per path rather than per call
    private final Map<String, URI> uris = new ConcurrentHashMap<>();
    private final List<Header> headers;
    private final Map<String, String> query;
    private final Optional<Secret> apiKey;
    private final Optional<ConnectionPool> pool;
    private volatile boolean closed;

    UpstreamClient(OpenAiConfig config) {
        this.baseUrl = config.baseUrl();
        this.headers = StaticHeaders.of(config);
        this.query = config.query();
        this.apiKey = config.apiKey();
        this.client = OwnContextClassLoader.call(() -> build(config));
        this.pool = config.systemProxy() ? Optional.empty() : Optional.of(OwnContextClassLoader.call(() -> ConnectionPool.of(config, client)));
    }

    static SocketOptions socketOptions(OpenAiConfig config) {
        return SocketOptions.builder()
                // Nagle would hold the body behind the headers until the upstream's delayed ACK (~40 ms)
                .tcpNoDelay(true)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.idleTimeout())
                .build();
    }

    private static Http1Client build(OpenAiConfig config) {
        return Http1Client.builder()
                .socketOptions(socketOptions(config))
                // looking the JVM's proxy settings up costs on every request; only when asked to
                .proxy(config.systemProxy() ? Proxy.create() : Proxy.noProxy())
                .connectTimeout(config.connectTimeout())
                // SO_TIMEOUT: bounds each read, so it is an idle timeout and long streams survive
                .readTimeout(config.idleTimeout())
                .keepAlive(true)
                // a private pool: the shared one would mix upstreams and ignore max-connections
                .shareConnectionCache(false)
                .connectionCacheSize(config.maxConnections())
                // a redirect must not carry the key to another host
                .followRedirects(false)
                .sendExpectContinue(false)
                .servicesDiscoverServices(false)
                .dnsResolver(new UnknownHostReportingResolver())
                .build();
    }

    /** Posts JSON and returns the open, successful response; the caller must close it. */
    Http1ClientResponse post(String path, byte[] body, boolean streaming) {
        if (closed) {
            throw new ProviderException(ProviderException.Failure.FAILED, "the provider is closed");
        }
        return OwnContextClassLoader.call(() -> send(path, body, streaming));
    }

    private Http1ClientResponse send(String path, byte[] body, boolean streaming) {
        if (pool.isEmpty()) {
            return checked(submit(request(path, streaming), body));
        }
        ConnectionPool.Lease lease = lease(ConnectionPool::acquire);
        Http1ClientResponse response;
        try {
            response = request(path, streaming).connection(lease.connection()).submit(body);
        } catch (RuntimeException e) {
            lease.discard();
            if (!lease.reused() || UpstreamFailures.isTimeout(e)) {
                throw UpstreamFailures.beforeResponse(e);
            }
            // The upstream closed the reused connection while it sat idle: once more, on a new one.
            ConnectionPool.Lease fresh = lease(ConnectionPool::connect);
            try {
                response = submit(request(path, streaming).connection(fresh.connection()), body);
            } catch (RuntimeException again) {
                fresh.discard();
                throw again;
            }
        }
        return checked(response);
    }

    private ConnectionPool.Lease lease(Function<ConnectionPool, ConnectionPool.Lease> how) {
        try {
            return how.apply(pool.orElseThrow());
        } catch (RuntimeException e) {
            throw UpstreamFailures.beforeResponse(e);
        }
    }

    private Http1ClientResponse submit(Http1ClientRequest request, byte[] body) {
        try {
            return request.submit(body);
        } catch (RuntimeException e) {
            throw UpstreamFailures.beforeResponse(e);
        }
    }

    private Http1ClientResponse checked(Http1ClientResponse response) {
        int status = response.status().code();
        if (status / 100 != 2) {
            throw failed(response, status);
        }
        return response;
    }

    private Http1ClientRequest request(String path, boolean streaming) {
        Http1ClientRequest request = client.post()
                .uri(uris.computeIfAbsent(path, relative -> URI.create(baseUrl + relative)))
                .header(JSON_BODY)
                .header(streaming ? ACCEPT_EVENTS : ACCEPT_JSON);
        headers.forEach(request::header);
        // The gateway's span of this call, when it records traces: the upstream joins the caller's trace.
        W3CTraceContextPropagator.getInstance().inject(Context.current(), request, TRACE_HEADERS);
        query.forEach(request::queryParam);
        return request;
    }

    /** Posts JSON and reads the whole answer with {@code reader}, then hands the connection back. */
    <T> T exchange(String path, byte[] body, BodyReader<T> reader) {
        try (Http1ClientResponse response = post(path, body, false)) {
            int status = response.status().code();
            InputStream in = response.inputStream();
            try {
                T result = reader.read(in, status);
                drain(in);
                return result;
            } catch (ProviderException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw UpstreamFailures.whileReading(e, status, false);
            }
        }
    }

    /** Reads what is left of a body so the connection can be reused; small leftovers only. */
    static void drain(InputStream in) {
        try {
            long left = MAX_DRAIN;
            byte[] skip = new byte[1024];
            for (int read = in.read(skip); read >= 0 && left > 0; read = in.read(skip)) {
                left -= read;
            }
        } catch (IOException | RuntimeException e) {
            // the connection is not reusable then; closing the response discards it
        }
    }

    Optional<Secret> apiKey() {
        return apiKey;
    }

    @Override
    public void close() {
        closed = true;
        pool.ifPresent(ConnectionPool::close);
        client.closeResource();
    }

    private ProviderException failed(Http1ClientResponse response, int status) {
        try (response) {
            InputStream in = response.inputStream();
            byte[] body = in.readNBytes(MAX_ERROR_BODY);
            drain(in);
            return UpstreamFailures.ofStatus(status, ErrorBodies.message(body, apiKey));
        } catch (IOException | RuntimeException e) {
            return UpstreamFailures.ofStatus(status, Optional.empty());
        }
    }

    /** Reads a successful response body. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body, int status) throws IOException;
    }

    /** Never shows the headers: one of them carries the key. */
    @Override
    public String toString() {
        return "UpstreamClient[" + baseUrl + "]";
    }
}

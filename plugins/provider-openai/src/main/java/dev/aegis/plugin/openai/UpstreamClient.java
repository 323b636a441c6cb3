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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP side of one upstream: a private keep-alive pool, the static headers, and the mapping of
 * transport failures. Calls block the caller's virtual thread.
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
    private volatile boolean closed;

    UpstreamClient(OpenAiConfig config) {
        this.baseUrl = config.baseUrl();
        this.headers = headers(config);
        this.query = config.query();
        this.apiKey = config.apiKey();
        this.client = OwnContextClassLoader.call(() -> build(config));
    }

    private static Http1Client build(OpenAiConfig config) {
        return Http1Client.builder()
                // Nagle would hold the body behind the headers until the upstream's delayed ACK (~40 ms)
                .socketOptions(SocketOptions.builder()
                        .tcpNoDelay(true)
                        .connectTimeout(config.connectTimeout())
                        .readTimeout(config.idleTimeout())
                        .build())
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
            throw new ProviderException(ProviderException.Failure.FAILED, "the provider for " + baseUrl + " is closed");
        }
        return OwnContextClassLoader.call(() -> send(path, body, streaming));
    }

    private Http1ClientResponse send(String path, byte[] body, boolean streaming) {
        Http1ClientRequest request = client.post()
                .uri(uris.computeIfAbsent(path, relative -> URI.create(baseUrl + relative)))
                .header(JSON_BODY)
                .header(streaming ? ACCEPT_EVENTS : ACCEPT_JSON);
        headers.forEach(request::header);
        // The gateway's span of this call, when it records traces: the upstream joins the caller's trace.
        W3CTraceContextPropagator.getInstance().inject(Context.current(), request, TRACE_HEADERS);
        query.forEach(request::queryParam);
        Http1ClientResponse response;
        try {
            response = request.submit(body);
        } catch (RuntimeException e) {
            throw UpstreamFailures.beforeResponse(e, baseUrl);
        }
        int status = response.status().code();
        if (status / 100 != 2) {
            throw failed(response, status);
        }
        return response;
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

    private static List<Header> headers(OpenAiConfig config) {
        List<Header> all = new ArrayList<>();
        config.headers().forEach((name, value) -> all.add(HeaderValues.create(name, value)));
        config.organization().ifPresent(organization -> all.add(HeaderValues.create("OpenAI-Organization", organization)));
        config.apiKey().map(Secret::reveal).filter(key -> !key.isEmpty()).ifPresent(key -> {
            requireHeaderSafe(key);
            // sensitive: Helidon masks it should its wire log ever be switched on
            all.add(switch (config.authHeader()) {
                case AUTHORIZATION -> HeaderValues.create(HeaderNames.AUTHORIZATION, false, true, "Bearer " + key);
                case API_KEY -> HeaderValues.create(HeaderNames.create("api-key"), false, true, key);
            });
        });
        return List.copyOf(all);
    }

    private static void requireHeaderSafe(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                // never echo the key itself
                throw new IllegalArgumentException("api-key contains a character that cannot be sent in an HTTP header (whitespace or non-ASCII)");
            }
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
